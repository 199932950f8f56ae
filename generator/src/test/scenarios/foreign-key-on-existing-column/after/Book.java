package scenario;

import jakarta.persistence.*;

/** The existing author_id column becomes a foreign key; every row points at an author or at nothing. */
@Entity
@Table(name = "book")
public class Book {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false, length = 200)
    String title;
    @ManyToOne
    @JoinColumn(name = "author_id")
    Author author;
}
