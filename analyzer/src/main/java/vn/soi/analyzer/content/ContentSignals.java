package vn.soi.analyzer.content;

import java.util.List;

import vn.soi.analyzer.signal.Signal;

/** The content family of signals: what one report says. */
public final class ContentSignals {

    private ContentSignals() {
    }

    /** The seven content signals of the catalogue, in catalogue order. */
    public static List<Signal> all() {
        return List.of(new PraiseHeavy(), new VagueSelfCriticism(), new BlameExternal(),
                new LeaderAccountabilityMissing(), new NoConcreteResults(), new RemediationMissing(),
                new DegenerationSelfCheckMissing());
    }
}
