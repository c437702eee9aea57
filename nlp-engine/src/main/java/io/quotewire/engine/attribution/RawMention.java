package io.quotewire.engine.attribution;

import java.util.List;

/** An NER mention after clean-up (honorifics and possessives trimmed), before it joins a canonical entity. */
record RawMention(int tokenStart, int tokenEnd, String type, List<String> words, int paragraph) {

    String joined() {
        return String.join(" ", words);
    }
}
