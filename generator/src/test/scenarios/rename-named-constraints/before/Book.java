package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "book",
        indexes = @Index(name = "idx_book_title", columnList = "title"),
        uniqueConstraints = @UniqueConstraint(name = "uk_book_isbn", columnNames = "isbn"))
@org.hibernate.annotations.Check(name = "ck_book_pages", constraints = "pages > 0")
public class Book {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(length = 200)
    String title;
    @Column(length = 20)
    String isbn;
    Integer pages;
    @ManyToOne
    @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_book_author"))
    Author author;
}
