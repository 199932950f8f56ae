package scenario;

import dev.plumb.annotations.RenamedFrom;
import jakarta.persistence.*;

// A chain (score -> title while created -> score, declared in the code) and a swap (low <-> high, declared once on
// the command line, see hints.properties): each rename needs a name another one frees.
@Entity
@Table(name = "reading")
public class Reading {
    @Id
    Long id;
    @RenamedFrom("score") @Column(name = "title")
    Integer title;
    @RenamedFrom("created") @Column(name = "score")
    Integer score;
    @Column(name = "low")
    Integer low;
    @Column(name = "high")
    Integer high;
}
