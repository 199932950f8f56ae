package bench.online;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * The big table of the online benchmark (1,000,000 rows) before the migration: {@code account_id} is a plain
 * column, no index, unique key or check, and one row in ten has no {@code region}.
 */
@Entity
@Table(name = "item")
public class Item {
    @Id
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private long amount;

    @Column(length = 16)
    private String region;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(length = 100)
    private String note;
}
