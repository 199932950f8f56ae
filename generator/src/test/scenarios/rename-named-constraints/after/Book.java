package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "book",
        indexes = @Index(name = "book_title_idx", columnList = "title"),
        uniqueConstraints = @UniqueConstraint(name = "book_isbn_key", columnNames = "isbn"))
@org.hibernate.annotations.Check(name = "book_pages_check", constraints = "pages > 0")
public class Book {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(length = 200)
    String title;
    @Column(length = 20)
    String isbn;
    Integer pages;
    @ManyToOne
    @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "book_author_fkey"))
    Author author;
}
