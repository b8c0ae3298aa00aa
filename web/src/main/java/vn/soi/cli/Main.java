package vn.soi.cli;

/** SKELETON entry point; the command line is built on picocli. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("soi");
    }
}
