package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** {@code @ManyToOne} with an explicit and with a generated FK name, {@code @OnDelete}, {@code @OneToOne}. */
@Entity
public class Book {
    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_book_author"))
    private Author author;

    @ManyToOne
    private Genre genre;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Country origin;

    @OneToOne
    @JoinColumn(name = "cover_id")
    private Cover cover;
}
