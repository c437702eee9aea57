package io.quotewire.engine.attribution;

/**
 * The role an article gives an entity ("professor of international relations at Ewha University in Seoul").
 *
 * @param organizationEntity index of the organisation named in it, or -1
 */
record Description(String text, int tokenStart, int tokenEnd, int organizationEntity) {}
