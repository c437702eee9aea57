package io.quotewire.engine.corenlp;

import java.util.Properties;

/**
 * The Stanford CoreNLP settings Quotewire runs with, in one place for the service, its tests and the benchmark.
 *
 * <p>Why these: see the nlp-service README (measured cost and quality per annotator set).
 */
public final class PipelineSettings {

    /** Annotators run on every article; the attribution engine needs tokens, sentences, POS, lemmas and NER. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private PipelineSettings() {}

    /**
     * Names the statistical tagger splits or mistypes, fixed by CoreNLP's RegexNER after it: the DPRK's formal name
     * (tagged an organisation "Democratic People"), airports (tagged persons), news agencies. One line per name:
     * token regexes, type, the types it may overwrite, priority (RegexNER's mapping format).
     */
    public static final String GAZETTEER = "io/quotewire/engine/corenlp/gazetteer.tab";

    /** CoreNLP properties for {@link #ANNOTATORS}, with the {@link #GAZETTEER}. */
    public static Properties defaults() {
        Properties props = withoutGazetteer();
        props.setProperty("ner.additional.regexner.mapping", GAZETTEER);
        return props;
    }

    /** The same settings without the {@link #GAZETTEER}, to measure what it changes. */
    public static Properties withoutGazetteer() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        // The seeds break lines, not paragraphs, between title, byline and body; without this they fuse.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        return props;
    }
}
