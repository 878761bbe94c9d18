import SitrepModel

/// The language stage of the pipeline: identification, tokens with lemmas, sentences.
public struct LanguageAnalyzer: Sendable {
    public let identifier: LanguageIdentifier
    public let lemmatizer: Lemmatizer
    /// Bytes of text read for identification (the start of long articles is enough).
    public let identificationPrefix: Int

    /// An analyzer with the bundled identification model and lemma tables.
    public init(identifier: LanguageIdentifier = LanguageIdentifier(), lemmatizer: Lemmatizer = Lemmatizer(),
                identificationPrefix: Int = 2048) {
        self.identifier = identifier
        self.lemmatizer = lemmatizer
        self.identificationPrefix = identificationPrefix
    }

    /// Sets `doc.language`/`doc.languageConfidence` when the language is not given (left nil when undecidable),
    /// `doc.tokens` (with lemmas) and `doc.sentences` (token ranges and byte spans relative to `doc.text`).
    public func analyze(_ doc: inout Document) {
        var text = doc.text
        if doc.language == nil, let found = identifyLanguage(&text) {
            doc.language = found.code
            doc.languageConfidence = found.confidence
        }
        let code = doc.language.map { $0.lowercased() }
        let (tokens, sentences) = text.withUTF8 { buf -> ([Token], [Sentence]) in
            var tokens = Tokenizer().tokenize(utf8: buf)
            let sentences = SentenceSplitter(language: code).split(utf8: buf, tokens: tokens)
            if let code { lemmatizer.fill(&tokens, language: code) }
            return (tokens, sentences)
        }
        doc.tokens = tokens
        doc.sentences = sentences
    }

    private func identifyLanguage(_ text: inout String) -> (code: String, confidence: Double)? {
        let result = text.withUTF8 { buf in
            var cut = min(buf.count, identificationPrefix)
            while cut < buf.count, cut > 0, buf[cut] & 0xC0 == 0x80 { cut -= 1 } // stay on a scalar boundary
            return identifier.identify(utf8: UnsafeBufferPointer(rebasing: buf[0..<cut]))
        }
        return result.code == LanguageIdentifier.unknown ? nil : result
    }
}
