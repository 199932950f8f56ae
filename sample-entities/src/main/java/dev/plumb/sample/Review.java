package dev.plumb.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.LocalDateTime;

/** A customer's rating of a book; one review per customer and book. */
@Entity
@Table(
    uniqueConstraints = @UniqueConstraint(name = "review_book_customer_uk", columnNames = {"book_id", "customer_id"}),
    indexes = @Index(name = "review_written_at_idx", columnList = "written_at desc"))
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(nullable = false)
    private Book book;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(nullable = false)
    private Customer customer;

    /** 1 to 5 stars. */
    @Column(nullable = false)
    private short rating;

    @Column(length = 120)
    private String headline;

    @Column(length = 4000)
    private String body;

    @Column(nullable = false)
    private LocalDateTime writtenAt;

    protected Review() {
    }

    public Review(Book book, Customer customer, short rating) {
        this.book = book;
        this.customer = customer;
        this.rating = rating;
        this.writtenAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }
}
