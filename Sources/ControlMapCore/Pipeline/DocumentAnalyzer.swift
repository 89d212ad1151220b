/// The pure path of one article: text -> tokens -> toponyms -> resolved places -> control events.
///
/// Holds the gazetteer and lexicon it was built with; sharing one analyzer across threads is
/// safe because everything in it is an immutable value.
public struct DocumentAnalyzer: Sendable {
    public let gazetteer: Gazetteer
    public let lexicon: ExtractionLexicon
    public let tagger: ToponymTagger
    public let resolver: ToponymResolver
    public let extractor: ControlEventExtractor

    public init(gazetteer: Gazetteer, lexicon: ExtractionLexicon, focusCountries: Set<String> = ["SY", "IQ"]) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.tagger = ToponymTagger(gazetteer: gazetteer, cues: lexicon.placeCues, blocked: lexicon.blockedPhrases(),
                                    stopwords: lexicon.stopwords, commonWords: lexicon.commonWords, focusCountries: focusCountries,
                                    notNames: lexicon.nonNamePhrases(), directionWords: lexicon.words(of: .direction),
                                    directionAdjectives: lexicon.words(of: .directionAdjective),
                                    peopleAdjectives: lexicon.words(of: .peopleAdjective), factionHeads: lexicon.words(of: .factionHead),
                                    unnamedSites: UnnamedSiteReader(lexicon: lexicon))
        self.resolver = ToponymResolver(gazetteer: gazetteer, focusCountries: focusCountries)
        self.extractor = ControlEventExtractor(lexicon: lexicon)
    }

    /// Places named in a text, resolved. Weak mentions (lone words that only small villages
    /// bear) are left out: without a control predicate around them they are common words.
    public func geocode(_ text: String) -> (text: AnalyzedText, resolutions: [ToponymResolver.Resolution]) {
        let analyzed = AnalyzedText(text)
        let stream = TokenStream(analyzed)
        return (analyzed, resolver.resolve(tagger.tag(analyzed, stream: stream)).filter { !$0.mention.isWeak })
    }

    /// How the extractor reads each sentence of a document (a diagnostic for lexicon work).
    public func explain(_ document: Document) -> [String] {
        let analyzed = AnalyzedText(document.fullText)
        let stream = TokenStream(analyzed)
        let resolutions = resolver.resolve(tagger.tag(analyzed, stream: stream))
        return extractor.explain(.init(text: analyzed, stream: stream, resolutions: resolutions, gazetteer: gazetteer,
                                       published: document.published, titleSentences: 0))
    }

    /// Everything read from one document.
    /// With `dates`, a publication or event date outside the bounds is dropped (and listed in
    /// `droppedDates`): the document and its events stay, dated as if it were missing.
    public func analyze(_ document: Document, dates: DateBounds? = nil) -> DocumentAnalysis {
        var document = document
        var dropped: [String] = []
        if let bounds = dates, let p = document.published, !bounds.contains(p) {
            dropped.append("published \(p)")
            document.published = nil
        }
        let analyzed = AnalyzedText(document.fullText)
        let stream = TokenStream(analyzed)
        let resolutions = resolver.resolve(tagger.tag(analyzed, stream: stream))
        let titleSentences = document.title.isEmpty ? 0 : AnalyzedText(document.title).sentences.count
        var events = extractor.extract(.init(text: analyzed, stream: stream, resolutions: resolutions, gazetteer: gazetteer,
                                             published: document.published, titleSentences: titleSentences,
                                             focusCountries: resolver.focusCountries))
        if let bounds = dates {
            for i in events.indices {
                guard let d = events[i].date, !bounds.contains(d) else { continue }
                dropped.append("event date \(d) (\(events[i].mention))")
                events[i].date = nil
            }
        }
        return DocumentAnalysis(document: document, text: analyzed, resolutions: resolutions, events: events, gazetteer: gazetteer,
                                droppedDates: dropped)
    }
}

/// The result of reading one document.
public struct DocumentAnalysis: Sendable {
    public let document: Document
    public let text: AnalyzedText
    public let resolutions: [ToponymResolver.Resolution]
    public let events: [ExtractedEvent]
    public let gazetteer: Gazetteer
    /// Dates outside the bounds the analysis was given, dropped ("published 9999-12-31").
    public var droppedDates: [String] = []

    /// The place an event names, if resolved.
    public func place(of event: ExtractedEvent) -> Place? {
        resolutions[event.resolution].place.map { gazetteer.places[Int($0)] }
    }

    /// The events as log entries; `ingested` dates those that neither the text nor the
    /// publication date dates.
    public func controlEvents(ingested: EventDate) -> [ControlEvent] {
        events.enumerated().map { i, e in
            let p = place(of: e)
            return ControlEvent(documentID: document.id, sequence: i, placeID: p?.id, placeName: p?.name, placeNameAr: p?.nameAr,
                                lat: p?.lat, lon: p?.lon, placeKind: p?.kind ?? resolutions[e.resolution].mention.cue,
                                mention: e.mention, actor: e.actor, fromActor: e.fromActor, kind: e.kind, share: e.share,
                                date: e.date, effectiveDate: e.date ?? document.published ?? ingested, background: e.background,
                                confidence: e.confidence, evidence: e.evidence, source: document.source, url: document.url,
                                predicate: e.predicate)
        }
    }

    /// The sentence a mention stands in, for listing it with its context.
    public func context(of resolution: Int) -> String {
        let m = resolutions[resolution].mention
        // Binary search for the first token at or after the mention.
        var lo = 0, hi = text.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if text.tokens[mid].start < m.start { lo = mid + 1 } else { hi = mid }
        }
        guard lo < text.tokens.count else { return "" }
        return text.sentenceText(text.sentenceIndex(ofToken: lo))
    }

    /// Indices of the mentions worth listing: all but weak ones, unless an event uses them.
    public var listedMentions: [Int] {
        let used = Set(events.map(\.resolution))
        return resolutions.indices.filter { !resolutions[$0].mention.isWeak || used.contains($0) }
    }
}
