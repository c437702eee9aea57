package io.quotewire.ingest.fidelity;

import java.util.List;

/**
 * One rendering of a fidelity-set article, as a user would drop it.
 *
 * @param article what it renders
 * @param variant "wrapped-72.txt", "ledger.html", "two-column.pdf", "template.docx"…
 * @param bytes the file
 * @param furniture text the rendering adds around the story, which the extracted text must not contain
 */
public record Rendering(FixtureArticle article, String variant, byte[] bytes, List<String> furniture) {

    /** The file name, e.g. {@code sejong.ledger.html}. */
    public String fileName() {
        return article.name() + "." + variant;
    }

    /** Whether the rendering is a web page. */
    public boolean isWebPage() {
        return variant.endsWith(".html");
    }
}
