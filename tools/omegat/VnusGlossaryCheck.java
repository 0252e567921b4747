/*
 * vnus: read a glossary with OmegaT's own readers and find its entries in sentences with
 * OmegaT's own matcher, headless. For tests/tools/test_omegat.py.
 *
 *   java -cp OmegaT.jar:<its Class-Path>:. org.omegat.gui.glossary.VnusGlossaryCheck \
 *        GLOSSARY_FILE SOURCE_LANG TARGET_LANG SENTENCES_FILE
 *
 * GLOSSARY_FILE is read by GlossaryManager.loadGlossaryFile (the reader OmegaT picks by the
 * file's extension: .txt/.utf8/.tab TSV, .csv, .tbx) in a project whose languages are
 * SOURCE_LANG and TARGET_LANG (the TBX reader picks langSets by them). SENTENCES_FILE has
 * one sentence a line.
 * For each sentence the hits are found as FindGlossaryThread.search() finds them (OmegaT 3.6):
 * the sentence and each entry's source lower-cased in the source language, tokenized by the
 * project tokenizer for that language with the user's glossary_stemming preference, matched
 * with DefaultTokenizer.isContainsAll and the glossary_not_exact_match preference, then
 * sorted and filtered as the Glossary pane does.
 *
 * Output, one line per entry read: "E<TAB>source<TAB>target<TAB>comment"; then per hit
 * "H<TAB>sentence number<TAB>source<TAB>target<TAB>comment", one line for each target the
 * pane lists under a source (it merges the entries that share one). Tabs, newlines and
 * backslashes in fields are escaped as \t, \n, \\.
 *
 * It sits in OmegaT's package to call the package-private sort and filter of the pane.
 */
package org.omegat.gui.glossary;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.filters2.master.PluginUtils;
import org.omegat.tokenizer.DefaultTokenizer;
import org.omegat.tokenizer.ITokenizer;
import org.omegat.util.Language;
import org.omegat.util.Preferences;
import org.omegat.util.Token;

public final class VnusGlossaryCheck {
    private VnusGlossaryCheck() {
    }

    private static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "").replace("\n", "\\n");
    }

    // FindGlossaryThread.tokenize
    private static Token[] tokenize(ITokenizer tokenizer, String text) {
        if (Preferences.isPreferenceDefault(Preferences.GLOSSARY_STEMMING, true)) {
            return tokenizer.tokenizeWords(text, ITokenizer.StemmingMode.GLOSSARY);
        }
        return tokenizer.tokenizeVerbatim(text);
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: VnusGlossaryCheck GLOSSARY_FILE SOURCE_LANG TARGET_LANG SENTENCES_FILE");
            System.exit(2);
        }
        File glossaryFile = new File(args[0]);
        Language language = new Language(args[1]);
        List<String> sentences = Files.readAllLines(new File(args[3]).toPath(), StandardCharsets.UTF_8);

        // A project with the two languages, as OmegaT has one open while it reads glossaries.
        final ProjectProperties properties = new ProjectProperties(glossaryFile.getParentFile());
        properties.setSourceLanguage(language);
        properties.setTargetLanguage(new Language(args[2]));
        Core.setProject(new NotLoadedProject() {
            @Override
            public ProjectProperties getProjectProperties() {
                return properties;
            }
        });

        PluginUtils.loadPlugins(Collections.emptyMap());
        Class<?> tokenizerClass = PluginUtils.getTokenizerClassForLanguage(language);
        ITokenizer tokenizer = (ITokenizer) tokenizerClass.getDeclaredConstructor().newInstance();
        System.err.println("tokenizer " + tokenizerClass.getName());

        GlossaryManager manager = new GlossaryManager(null);
        manager.priorityGlossary = new File(glossaryFile.getParentFile(), "no-priority-glossary");
        Method load = GlossaryManager.class.getDeclaredMethod("loadGlossaryFile", File.class);
        load.setAccessible(true);
        List<GlossaryEntry> entries = (List<GlossaryEntry>) load.invoke(manager, glossaryFile);
        StringBuilder out = new StringBuilder();
        for (GlossaryEntry entry : entries) {
            out.append("E\t").append(esc(entry.getSrcText())).append('\t').append(esc(entry.getLocText()))
                    .append('\t').append(esc(entry.getCommentText())).append('\n');
        }

        Locale locale = language.getLocale();
        boolean notExact = Preferences.isPreferenceDefault(Preferences.GLOSSARY_NOT_EXACT_MATCH, true);
        for (int number = 0; number < sentences.size(); number++) {
            String src = sentences.get(number);
            Token[] strTokens = tokenize(tokenizer, src.toLowerCase(locale));
            List<GlossaryEntry> found = new ArrayList<>();
            for (GlossaryEntry entry : entries) {
                Token[] glosTokens = tokenize(tokenizer, entry.getSrcText().toLowerCase(locale));
                if (glosTokens.length == 0) {
                    continue;
                }
                if (DefaultTokenizer.isContainsAll(strTokens, glosTokens, notExact)) {
                    found.add(entry);
                }
            }
            FindGlossaryThread.sortGlossaryEntries(found);
            // The pane merges entries with one source into one: a line per target it lists.
            for (GlossaryEntry entry : FindGlossaryThread.filterGlossary(found)) {
                String[] targets = entry.getLocTerms(false);
                String[] comments = entry.getComments();
                for (int i = 0; i < targets.length; i++) {
                    String comment = i < comments.length ? comments[i] : "";
                    out.append("H\t").append(number).append('\t').append(esc(entry.getSrcText())).append('\t')
                            .append(esc(targets[i])).append('\t').append(esc(comment)).append('\n');
                }
            }
        }
        System.out.write(out.toString().getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }
}
