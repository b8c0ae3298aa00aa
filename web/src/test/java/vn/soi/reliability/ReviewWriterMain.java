package vn.soi.reliability;

import java.nio.file.Path;
import java.time.Clock;

import vn.soi.web.review.ReviewDecision;
import vn.soi.web.review.ReviewService;
import vn.soi.web.store.SoiDatabase;

/**
 * Child process of the review crash trial: opens the database {@code args[0]} and records decisions
 * {@code args[1]}, {@code args[1] + 1}... of {@link ReviewScript}, {@code args[2]} of them. After each
 * {@link ReviewService#decide} has returned it prints {@code ack SEQUENCE ID DECIDED_AT_MILLIS} and flushes, so
 * every printed line is a decision the service acknowledged as durable.
 */
public final class ReviewWriterMain {

    private ReviewWriterMain() {
    }

    public static void main(String[] args) {
        ReviewService reviews = new ReviewService(SoiDatabase.open(Path.of(args[0])), Clock.systemUTC());
        long first = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        for (long sequence = first; sequence < first + count; sequence++) {
            ReviewScript script = ReviewScript.decision(sequence);
            ReviewDecision decision = reviews.decide(script.findingKey(), script.status(), script.note(),
                    script.decidedBy());
            System.out.println("ack " + sequence + " " + decision.id() + " " + decision.decidedAt().toEpochMilli());
            System.out.flush();
        }
    }
}
