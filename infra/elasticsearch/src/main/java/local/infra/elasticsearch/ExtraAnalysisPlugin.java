package local.infra.elasticsearch;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.classic.ClassicTokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.path.PathHierarchyTokenizer;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * A subset of the analysis components that the Elasticsearch distribution ships in its
 * {@code analysis-common} module, built directly on Lucene. The server itself already provides
 * the {@code standard} tokenizer and analyzer, the {@code simple}, {@code whitespace},
 * {@code keyword} and {@code stop} analyzers, and the {@code lowercase}, {@code stop} and
 * {@code shingle} token filters.
 */
public class ExtraAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "asciifolding",
            (indexSettings, env, name, settings) -> filter(
                name,
                in -> new ASCIIFoldingFilter(in, settings.getAsBoolean("preserve_original", false))
            ),
            "edge_ngram",
            (indexSettings, env, name, settings) -> filter(
                name,
                in -> new EdgeNGramTokenFilter(
                    in,
                    settings.getAsInt("min_gram", 1),
                    settings.getAsInt("max_gram", 2),
                    settings.getAsBoolean("preserve_original", false)
                )
            ),
            "ngram",
            (indexSettings, env, name, settings) -> filter(
                name,
                in -> new NGramTokenFilter(
                    in,
                    settings.getAsInt("min_gram", 1),
                    settings.getAsInt("max_gram", 2),
                    settings.getAsBoolean("preserve_original", false)
                )
            ),
            "porter_stem",
            (indexSettings, env, name, settings) -> filter(name, PorterStemFilter::new),
            "kstem",
            (indexSettings, env, name, settings) -> filter(name, KStemFilter::new),
            "trim",
            (indexSettings, env, name, settings) -> filter(name, TrimFilter::new),
            "truncate",
            (indexSettings, env, name, settings) -> filter(name, in -> new TruncateTokenFilter(in, settings.getAsInt("length", 10))),
            "reverse",
            (indexSettings, env, name, settings) -> filter(name, ReverseStringFilter::new),
            "uppercase",
            (indexSettings, env, name, settings) -> filter(name, UpperCaseFilter::new)
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
            "whitespace",
            (indexSettings, env, name, settings) -> TokenizerFactory.newFactory(name, WhitespaceTokenizer::new),
            "keyword",
            (indexSettings, env, name, settings) -> TokenizerFactory.newFactory(name, KeywordTokenizer::new),
            "letter",
            (indexSettings, env, name, settings) -> TokenizerFactory.newFactory(name, LetterTokenizer::new),
            "classic",
            (indexSettings, env, name, settings) -> TokenizerFactory.newFactory(name, ClassicTokenizer::new),
            "uax_url_email",
            (indexSettings, env, name, settings) -> TokenizerFactory.newFactory(name, UAX29URLEmailTokenizer::new),
            "path_hierarchy",
            (indexSettings, env, name, settings) -> {
                char delimiter = settings.get("delimiter", "/").charAt(0);
                char replacement = settings.get("replacement", String.valueOf(delimiter)).charAt(0);
                int skip = settings.getAsInt("skip", 0);
                return TokenizerFactory.newFactory(name, () -> new PathHierarchyTokenizer(delimiter, replacement, skip));
            },
            "edge_ngram",
            (indexSettings, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1);
                int max = settings.getAsInt("max_gram", 2);
                IntPredicate tokenChars = tokenChars(settings);
                return TokenizerFactory.newFactory(name, () -> new EdgeNGramTokenizer(min, max) {
                    @Override
                    protected boolean isTokenChar(int chr) {
                        return tokenChars.test(chr);
                    }
                });
            },
            "ngram",
            (indexSettings, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1);
                int max = settings.getAsInt("max_gram", 2);
                IntPredicate tokenChars = tokenChars(settings);
                return TokenizerFactory.newFactory(name, () -> new NGramTokenizer(min, max) {
                    @Override
                    protected boolean isTokenChar(int chr) {
                        return tokenChars.test(chr);
                    }
                });
            }
        );
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("english", (indexSettings, env, name, settings) -> new AbstractIndexAnalyzerProvider<Analyzer>(name, settings) {
            private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

            @Override
            public Analyzer get() {
                return analyzer;
            }
        });
    }

    private static TokenFilterFactory filter(String name, UnaryOperator<TokenStream> wrap) {
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return wrap.apply(tokenStream);
            }
        };
    }

    /** The {@code token_chars} option of the n-gram tokenizers; empty means every character. */
    private static IntPredicate tokenChars(Settings settings) {
        List<String> classes = settings.getAsList("token_chars", List.of());
        if (classes.isEmpty()) {
            return chr -> true;
        }
        String custom = settings.get("custom_token_chars", "");
        IntPredicate result = chr -> false;
        for (String c : classes) {
            IntPredicate p = switch (c) {
                case "letter" -> Character::isLetter;
                case "digit" -> Character::isDigit;
                case "whitespace" -> Character::isWhitespace;
                case "punctuation" -> chr -> switch (Character.getType(chr)) {
                    case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                        Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION -> true;
                    default -> false;
                };
                case "symbol" -> chr -> switch (Character.getType(chr)) {
                    case Character.CURRENCY_SYMBOL, Character.MATH_SYMBOL, Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL -> true;
                    default -> false;
                };
                case "custom" -> chr -> custom.indexOf(chr) >= 0;
                default -> throw new IllegalArgumentException("Unknown token type: '" + c + "'");
            };
            result = result.or(p);
        }
        return result;
    }
}
