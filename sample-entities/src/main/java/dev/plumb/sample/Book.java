package dev.plumb.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A title in the catalogue, identified by its ISBN-13. */
@Entity
@Table(indexes = @Index(name = "book_title_idx", columnList = "title"))
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "book_seq")
    @SequenceGenerator(name = "book_seq", sequenceName = "book_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 13)
    private String isbn;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.ORDINAL)
    @Column(nullable = false)
    private BookFormat format;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    private LocalDate publishedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publisher_id", foreignKey = @ForeignKey(name = "book_publisher_fk"))
    private Publisher publisher;

    @ManyToOne(fetch = FetchType.LAZY)
    private Category category;

    @ManyToMany
    @JoinTable(name = "book_author",
        joinColumns = @JoinColumn(name = "book_id", foreignKey = @ForeignKey(name = "book_author_book_fk")),
        inverseJoinColumns = @JoinColumn(name = "author_id",
            foreignKey = @ForeignKey(name = "book_author_author_fk")))
    private Set<Author> authors = new HashSet<>();

    @OneToOne(mappedBy = "book")
    private Stock stock;

    @OneToMany(mappedBy = "book")
    private List<Review> reviews = new ArrayList<>();

    @Version
    private int version;

    protected Book() {
    }

    public Book(String isbn, String title, BookFormat format, BigDecimal price) {
        this.isbn = isbn;
        this.title = title;
        this.format = format;
        this.price = price;
    }

    public Long getId() {
        return id;
    }

    public String getIsbn() {
        return isbn;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public Set<Author> getAuthors() {
        return authors;
    }
}
