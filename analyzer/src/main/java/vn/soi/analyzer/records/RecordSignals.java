package vn.soi.analyzer.records;

import java.util.List;

import vn.soi.analyzer.signal.Signal;

/** The records family: signals over reports, minutes, decisions and registers together. */
public final class RecordSignals {

    private RecordSignals() {
    }

    /** Every records signal, with the rules and holidays shipped in {@code seeds/signals/}. */
    public static List<Signal> all() {
        RulesByYear rules = RulesByYear.load();
        return List.of(new RatingDisciplineConflict(rules), new CollectiveRatingDisciplineConflict(rules),
                new LeaderAboveCollective(rules), new ExcellentQuotaExceeded(rules), new MinutesNoCriticism(),
                new LateDistribution(rules, WorkingDays.load()), new SelfScoreInconsistent(rules),
                new StatisticsInconsistent());
    }
}
