// The date of an event and whether it is background history.
extension ControlEventExtractor {
    /// The phrase of time that opens a sentence and a comma ends ("On 5 January 2015,", "In March,",
    /// "وفي عام 2014،"): a date within its first six items, no predicate, place or actor among them.
    func openingTimePhrase(_ items: [PositionedItem]) -> Range<Int>? {
        guard let comma = items.indices.dropFirst().first(where: { items[$0].commaBefore }), comma <= 6 else { return nil }
        let phrase = items[..<comma]
        guard phrase.contains(where: { if case .date = $0.item { return true } else { return false } }),
              !phrase.contains(where: { it in
                  switch it.item {
                  case .predicate, .place, .actor: return true
                  default: return false
                  }
              }) else { return nil }
        return 0..<comma
    }

    /// `change`: the predicate reports a change, not a standing state. A change dated "since"
    /// ("insecure since 2014, when IS overran X", "منذ سيطرة التنظيم على X عام 2014") is the
    /// start of what the sentence is about: history. A state "since" a date still holds.
    /// `skipping`: an aside whose times are its own. `orPublished`: without a time in the clause,
    /// the publication date (else none).
    func date(_ items: [PositionedItem], _ clause: Range<Int>, state: DocumentState, change: Bool = true,
              skipping aside: Range<Int>? = nil, orPublished: Bool = true) -> (date: EventDate?, background: Bool) {
        let published = state.input.published
        let range = clause
        func since(_ j: Int) -> Bool {
            var q = j - 1
            // "since 5 June 2014", "منذ عام 2014": past the day or the word for year.
            while q > j - 3, q >= range.lowerBound {
                if ["since", "\u{0645}\u{0646}\u{0630}"].contains(state.lastKeyOf(items[q])) { return true }
                q -= 1
            }
            return false
        }
        // A state that began long ago and still holds ("besieged since July", "held by IS since
        // 2014") is no history; a change in the past is.
        func isHistory(_ d: EventDate, _ j: Int) -> Bool {
            change ? isOld(d, published) || since(j) : isOld(d, published) && !since(j)
        }
        for j in range where !(aside?.contains(j) ?? false) {
            switch items[j].item {
            case .date(.weekday(let wd)):
                guard let p = published, p.precision == .day else { continue }
                let back = (p.weekday - wd + 7) % 7
                return (p.adding(days: -back), false)
            case .date(.offset(let days)):
                guard let p = published, p.precision == .day else { continue }
                return (p.adding(days: days), false)
            case .date(.month(let m)):
                var day: Int?
                var year: Int?
                if j > 0, case .number(let n) = items[j - 1].item, n >= 1, n <= 31 { day = Int(n) }
                if j + 1 < items.count, case .number(let n) = items[j + 1].item {
                    if n >= 1, n <= 31, day == nil { day = Int(n) } else if n >= 1900, n <= 2100 { year = Int(n) }
                }
                if j + 2 < items.count, case .number(let n) = items[j + 2].item, n >= 1900, n <= 2100 { year = Int(n) }
                if year == nil {
                    // "نيسان/أبريل العام 2013", "في شهر آذار من عام 2014": the month's other name and
                    // the word for year may stand before the year.
                    var q = j + 1
                    while q < min(items.count, j + 4) {
                        if case .date(.month) = items[q].item { q += 1; continue }
                        if ["\u{0639}\u{0627}\u{0645}", "\u{0633}\u{0646}\u{0647}", "\u{0645}\u{0646}"].contains(state.lastKeyOf(items[q])) { q += 1; continue }
                        break
                    }
                    if q > j + 1, q < items.count, case .number(let n) = items[q].item, n >= 1900, n <= 2100 { year = Int(n) }
                }
                let y = year ?? published?.year ?? state.referenceYear
                guard let yy = y else { continue }
                var d = EventDate(year: yy, month: m, day: day)
                if year == nil, let p = published, d.dayNumber > p.dayNumber + 1 { d = EventDate(year: yy - 1, month: m, day: day) }
                return (d, isHistory(d, j))
            case .number(let d) where d >= 1 && d <= 31 && j + 2 < items.count:
                // "14/9/2017", "14-09-2017": day, month, year.
                if case .number(let m) = items[j + 1].item, case .number(let y) = items[j + 2].item,
                   ["/", "-", "."].contains(items[j + 1].punctuationBefore), items[j + 2].punctuationBefore == items[j + 1].punctuationBefore,
                   m >= 1, m <= 12, y >= 1990, y <= 2100 {
                    let date = EventDate(year: Int(y), month: Int(m), day: Int(d))
                    return (date, isOld(date, published))
                }
            case .number(let n) where n >= 1990 && n <= 2100 && n == n.rounded():
                // "in 2014" (the word may be a locative cue), "عام 2014"; "in early 2014", "in
                // mid-2014", "أواخر عام 2014": past the parts of a year.
                var q = j - 1
                while q > range.lowerBound, items[q].isCue(.filler) { q -= 1 }
                if j > 0, q >= 0, ["in", "since", "عام", "في", "سنه", "العام"].contains(state.lastKeyOf(items[q])) {
                    let d = EventDate(year: Int(n))
                    return (d, isHistory(d, j))
                }
            default:
                continue
            }
        }
        return (orPublished ? published : nil, false)
    }

    func isOld(_ d: EventDate, _ published: EventDate?) -> Bool {
        guard let p = published else { return false }
        switch d.precision {
        case .year: return d.year < p.year
        case .month: return d.year * 12 + (d.month ?? 1) < p.year * 12 + (p.month ?? 1) - 1
        case .day: return d.dayNumber < p.dayNumber - 31
        }
    }

    /// "Rebels retook X on Monday; IS had seized it a week earlier": history the text gives no
    /// time of its own took the publication date, later than the news it explains about the same
    /// place, and the map would apply it last. It happened before that news: it takes the date of
    /// the earliest news the document reports of the place (applied before news of the same day).
    func historyBeforeNews(_ events: [ExtractedEvent], _ input: Input) -> [ExtractedEvent] {
        guard let published = input.published else { return events }
        var earliest: [String: EventDate] = [:]
        for e in events where !e.background {
            guard let d = e.date, d < published else { continue }
            let key = placeKey(e, input)
            earliest[key] = min(earliest[key] ?? d, d)
        }
        return events.map { e in
            guard e.background, e.date == published, let news = earliest[placeKey(e, input)] else { return e }
            var moved = e
            moved.date = news
            return moved
        }
    }
}
