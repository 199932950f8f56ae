package dev.plumb.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

import java.time.Instant;

/** How many copies of one {@link Book} the warehouse holds; exactly one row per book. */
@Entity
public class Stock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "book_id", nullable = false, foreignKey = @ForeignKey(name = "stock_book_fk"))
    private Book book;

    @Column(nullable = false)
    private int onHand;

    @Column(nullable = false)
    private int reserved;

    @Column(length = 8)
    private String warehouseCode;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Stock() {
    }

    public Stock(Book book, int onHand) {
        this.book = book;
        this.onHand = onHand;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public int getOnHand() {
        return onHand;
    }
}
