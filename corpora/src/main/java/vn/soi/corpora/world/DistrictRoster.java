package vn.soi.corpora.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.soi.corpora.text.Filler;
import vn.soi.corpora.text.PhraseBank;

/**
 * The units of one district and who belongs to each of them in each year, built deterministically from the corpus
 * seed. Some staff move to the next cell of the district between years ("chuyển sinh hoạt đảng"); some members hold
 * a second post. Memory is proportional to the district, never to the corpus.
 */
public final class DistrictRoster {

    private static final double MOVE_RATE = 0.4;
    private static final double SECOND_POST_RATE = 0.15;

    private final District district;
    private final List<Unit> units;
    private final Map<Integer, Map<Integer, List<Member>>> rosters = new LinkedHashMap<>();

    private DistrictRoster(District district, List<Unit> units) {
        this.district = district;
        this.units = units;
    }

    /**
     * Builds district {@code districtIndex} holding units {@code firstUnit} to {@code firstUnit + count - 1}.
     */
    public static DistrictRoster build(long seed, int districtIndex, int firstUnit, int count, List<Integer> years,
                                       int minMembers, int maxMembers) {
        PhraseBank bank = PhraseBank.shared();
        List<String> names = bank.lines("places/districts");
        String dname = names.get(Math.floorMod(districtIndex + (int) (seed % names.size()), names.size()));
        if (districtIndex >= names.size()) {
            dname = dname + " " + (districtIndex / names.size() + 1);
        }
        District district = new District(districtIndex, dname, Slug.of("huyen " + dname));
        List<Unit> units = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int index = firstUnit + i;
            SplittableRandom rng = Seeds.rng(seed, 1, index);
            UnitKind kind = pickKind(rng);
            String name = null;
            for (int attempt = 0; attempt < 20 && (name == null || used.contains(name)); attempt++) {
                name = new Filler(bank, kind.folder(), 2000)
                        .with("district", dname)
                        .with("place", bank.pick("places/places", rng))
                        .with("place2", bank.pick("places/places", rng))
                        .fill(bank.pick(kind.folder() + "/units", rng), rng);
            }
            if (used.contains(name)) {
                name = name + " (" + (i + 1) + ")";
            }
            used.add(name);
            units.add(new Unit(index, district, kind, name, Slug.of(name)));
        }
        DistrictRoster roster = new DistrictRoster(district, List.copyOf(units));
        roster.populate(seed, years, minMembers, maxMembers);
        return roster;
    }

    private static UnitKind pickKind(SplittableRandom rng) {
        double r = rng.nextDouble();
        if (r < 0.3) {
            return UnitKind.DISTRICT_OFFICE;
        }
        if (r < 0.55) {
            return UnitKind.COMMUNE;
        }
        if (r < 0.75) {
            return UnitKind.SCHOOL;
        }
        if (r < 0.88) {
            return UnitKind.HOSPITAL;
        }
        return UnitKind.ENTERPRISE;
    }

    /** The district. */
    public District district() {
        return district;
    }

    /** Its units in corpus order. */
    public List<Unit> units() {
        return units;
    }

    /** Members of {@code unit} in {@code year}, head first, then deputies, then staff. */
    public List<Member> members(Unit unit, int year) {
        return rosters.get(unit.index()).get(year);
    }

    private void populate(long seed, List<Integer> years, int minMembers, int maxMembers) {
        PhraseBank bank = PhraseBank.shared();
        Set<String> names = new HashSet<>();
        List<List<Member>> base = new ArrayList<>();
        for (Unit unit : units) {
            SplittableRandom rng = Seeds.rng(seed, 2, unit.index());
            int size = minMembers + rng.nextInt(maxMembers - minMembers + 1);
            List<Member> members = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                Person person = newPerson(seed, unit.index(), k, names, years.get(0));
                Role role = k == 0 ? Role.HEAD : k == 1 ? Role.DEPUTY : Role.STAFF;
                String partyPost = k == 0 ? "Bí thư Chi bộ" : k == 1 ? "Phó Bí thư Chi bộ"
                        : k == 2 && size >= 7 ? "Chi ủy viên" : "Đảng viên";
                String second = rng.nextDouble() < SECOND_POST_RATE ? bank.pick("phrases/common/second-posts", rng)
                        : "";
                members.add(new Member(person, role, partyPost, jobTitle(unit.kind(), role, rng), second, false));
            }
            base.add(members);
        }
        // Movers: one staff member of a cell may move to the next cell of the district from a given year on.
        Map<String, Integer> moveYear = new LinkedHashMap<>();
        for (int u = 0; u < units.size() && units.size() > 1; u++) {
            for (int y = 1; y < years.size(); y++) {
                SplittableRandom rng = Seeds.rng(seed, 3, units.get(u).index(), years.get(y));
                List<Member> b = base.get(u);
                if (rng.nextDouble() < MOVE_RATE && b.size() > 4) {
                    Member m = b.get(3 + rng.nextInt(b.size() - 3));
                    moveYear.putIfAbsent(m.person().id(), years.get(y));
                }
            }
        }
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            Map<Integer, List<Member>> byYear = new LinkedHashMap<>();
            List<Member> previous = base.get(Math.floorMod(u - 1, units.size()));
            for (int year : years) {
                List<Member> roster = new ArrayList<>();
                for (Member m : base.get(u)) {
                    Integer moved = moveYear.get(m.person().id());
                    if (moved == null || moved > year) {
                        roster.add(m);
                    }
                }
                if (units.size() > 1) {
                    for (Member m : previous) {
                        Integer moved = moveYear.get(m.person().id());
                        if (moved != null && moved <= year) {
                            SplittableRandom rng = Seeds.rng(seed, 4, unit.index(), m.person().id().hashCode());
                            roster.add(new Member(m.person(), Role.STAFF, "Đảng viên",
                                    jobTitle(unit.kind(), Role.STAFF, rng), m.secondPost(), true));
                        }
                    }
                }
                byYear.put(year, List.copyOf(roster));
            }
            rosters.put(unit.index(), byYear);
        }
    }

    private static String jobTitle(UnitKind kind, Role role, SplittableRandom rng) {
        String prefix = role.name().toLowerCase(java.util.Locale.ROOT) + "|";
        List<String> options = new ArrayList<>();
        for (String line : PhraseBank.shared().lines(kind.folder() + "/posts")) {
            if (line.startsWith(prefix)) {
                options.add(line.substring(prefix.length()));
            }
        }
        if (options.isEmpty()) {
            throw new IllegalStateException("no " + prefix + " post in " + kind.folder() + "/posts.txt");
        }
        return options.get(rng.nextInt(options.size()));
    }

    private static Person newPerson(long seed, int unitIndex, int k, Set<String> used, int firstYear) {
        PhraseBank bank = PhraseBank.shared();
        SplittableRandom rng = Seeds.rng(seed, 5, unitIndex, k);
        boolean female = rng.nextDouble() < 0.45;
        String name = "";
        for (int attempt = 0; attempt < 50 && (name.isEmpty() || used.contains(name)); attempt++) {
            name = bank.pick("names/family", rng) + " "
                    + bank.pick(female ? "names/middle-female" : "names/middle-male", rng) + " "
                    + bank.pick(female ? "names/given-female" : "names/given-male", rng);
        }
        used.add(name);
        return new Person("u" + unitIndex + "p" + k, name, female, firstYear - 24 - rng.nextInt(33));
    }
}
