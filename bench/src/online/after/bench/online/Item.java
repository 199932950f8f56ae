package bench.online;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.LocalDateTime;

/**
 * The big table after the migration the benchmark measures: an index on {@code created_at}, a unique key on
 * {@code code}, a foreign key from {@code account_id} to {@code account}, a check on {@code amount}, and
 * {@code region} NOT NULL (the rows without one get {@code --backfill item.region='unknown'}). The writer keeps
 * inserting and updating rows that satisfy all of them, as the application running during the migration would.
 */
@Entity
@Table(name = "item",
        indexes = @Index(name = "ix_item_created_at", columnList = "created_at"),
        uniqueConstraints = @UniqueConstraint(name = "uk_item_code", columnNames = "code"),
        check = @CheckConstraint(name = "ck_item_amount", constraint = "amount >= 0"))
public class Item {
    @Id
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @ManyToOne
    @JoinColumn(name = "account_id", foreignKey = @ForeignKey(name = "fk_item_account"))
    private Account account;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false, length = 16)
    private String region;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(length = 100)
    private String note;
}
