package io.quotewire.ingest.fidelity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every rendering of the fidelity set: each article hard-wrapped at 72 columns, as a news page with page furniture
 * and its {@code <p>} source wrapped at 80 columns, as a two-column PDF and as a DOCX; the articles written for the
 * set also in two more site styles (a wire service with JSON-LD and a sidebar, a blog with {@code <br>} paragraphs).
 */
public final class Renderings {

    /** The news site every article is rendered into (nav, consent banner, share bar, related, comments, footer). */
    public static final String NEWS_SITE = "ledger";

    /** Further site styles, for the articles written for the set. */
    public static final List<String> OTHER_SITES = List.of("meridian-wire", "fjord-notes");

    private static final String SEED_DOC_TITLE = "Paper Title (use style: paper title)";
    private static final String OWN_DOC_TITLE = "Normal.dotm";

    private Renderings() {}

    /** All renderings, article by article. */
    public static List<Rendering> all() {
        List<Rendering> renderings = new ArrayList<>();
        List<FixtureArticle> seeds = FidelitySet.seeds();
        for (FixtureArticle article : FidelitySet.articles()) {
            boolean seed = seeds.contains(article);
            renderings.add(new Rendering(article, "wrapped-72.txt",
                    HardWrap.text(article, 72).getBytes(StandardCharsets.UTF_8), List.of()));
            List<String> sites = new ArrayList<>(List.of(NEWS_SITE));
            if (!seed) {
                sites.addAll(OTHER_SITES);
            }
            for (String site : sites) {
                String html = NewsPage.render(site, article);
                renderings.add(new Rendering(article, site + ".html", html.getBytes(StandardCharsets.UTF_8),
                        Boilerplate.blocks(html, article.cleanText() + "\n" + article.headline())));
            }
            String runningHead = "THE NORTHFIELD REVIEW \u00B7 " + article.name().toUpperCase(Locale.ROOT)
                    + " \u00B7 READER EDITION";
            renderings.add(new Rendering(article, "two-column.pdf",
                    TwoColumnPdf.render(article, runningHead, "Microsoft Word - " + article.name() + "-final.docx"),
                    List.of(runningHead, "\u2013 1 \u2013", "\u2013 2 \u2013")));
            renderings.add(new Rendering(article, "docx",
                    WordDocument.render(article, seed ? SEED_DOC_TITLE : OWN_DOC_TITLE), WordDocument.FURNITURE));
        }
        return renderings;
    }
}
