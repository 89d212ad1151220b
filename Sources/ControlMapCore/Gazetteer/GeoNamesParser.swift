/// Reads records in the GeoNames dump layout (19 tab-separated columns, no header).
///
/// Only populated places, administrative units, spots (bases, airports, dams, crossings) and
/// terrain features are kept; names in scripts other than Latin and Arabic are dropped because
/// the articles ControlMap reads are in English and Arabic.
public struct GeoNamesParser: Sendable {
    /// A line that could not be read, with the reason.
    public struct Problem: Sendable, Hashable {
        public var line: Int
        public var reason: String
    }

    public var source: String

    public init(source: String = "geonames") {
        self.source = source
    }

    /// Parses one line; nil for a blank or comment line, throws nothing: bad lines are reported.
    public func parse(line: Substring) -> Result<Place, ParseFailure>? {
        if line.isEmpty || line.first == "#" { return nil }
        let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard cols.count >= 15 else { return .failure(ParseFailure("expected 19 tab-separated columns, found \(cols.count)")) }
        guard let lat = Double(cols[4]), let lon = Double(cols[5]), (-90...90).contains(lat), (-180...180).contains(lon) else {
            return .failure(ParseFailure("latitude/longitude not numbers in range"))
        }
        let id = String(cols[0])
        guard !id.isEmpty, id.allSatisfy(\.isNumber) else { return .failure(ParseFailure("geonameid is not a number")) }
        let featureClass = String(cols[6])
        guard ["P", "A", "S", "T", "H", "L", "R", "V", "U"].contains(featureClass) else {
            return .failure(ParseFailure("unknown feature class '\(featureClass)'"))
        }
        let featureCode = String(cols[7])
        let population = Int(cols[14]) ?? 0
        let primary = String(cols[1])
        let ascii = String(cols[2])
        var names: [String] = []
        var seen = Set<String>()
        func add(_ n: String) {
            let t = n.trimmingSpaces()
            guard !t.isEmpty, NameScript.isIndexable(t), seen.insert(t).inserted else { return }
            names.append(t)
        }
        add(primary)
        add(ascii)
        for alt in cols[3].split(separator: ",") { add(String(alt)) }
        guard !names.isEmpty else { return .failure(ParseFailure("no name in Latin or Arabic script")) }
        let latin = [primary, ascii].first(where: NameScript.isLatin) ?? names.first(where: NameScript.isLatin) ?? primary
        // The Arabic display name: the primary name if Arabic, else the alternate written as
        // Arabic writes it ("الموصل", not the Kurdish "مووسڵ"), one that spells the Latin name
        // (a record also lists other names: "الكرمة" beside "محردة" for Muhradah), with the
        // article if a spelling has it (the news writes "الميادين", "الطبقة"), with the fewest
        // spaces (GeoNames lists stray spellings such as "د مشق" before "دمشق"), the first listed.
        let arabicNames = names.filter(NameScript.isArabic)
        let displayable = arabicNames.filter(NameScript.isArabicDisplayName)
        var arabic: String? = primary
        if !NameScript.isArabic(primary) {
            let latinConsonants = NameSkeleton.consonants(latin: latin)
            let ranked = (displayable.isEmpty ? arabicNames : displayable).enumerated().map { n in
                ((-NameSkeleton.sharedConsonants(arabic: n.element, latinConsonants: latinConsonants),
                  NameScript.hasArabicArticle(n.element) ? 0 : 1, n.element.filter { $0 == " " }.count, n.offset), n.element)
            }
            arabic = ranked.min { $0.0 < $1.0 }?.1
        }
        let kind = PlaceKind.fromGeoNames(featureClass: featureClass, featureCode: featureCode, population: population)
        return .success(Place(id: id, name: latin, nameAr: arabic, lat: lat, lon: lon, kind: kind,
                              featureClass: featureClass, featureCode: featureCode, country: String(cols[8]),
                              admin1: cols.count > 10 ? String(cols[10]) : "", population: population,
                              names: names, source: source))
    }

    /// Parses a whole file's text; bad lines are skipped and counted.
    public func parse(text: String) -> (places: [Place], problems: [Problem]) {
        var places: [Place] = []
        var problems: [Problem] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let l = line.last == "\r" ? line.dropLast() : line
            switch parse(line: l) {
            case .success(let p)?: places.append(p)
            case .failure(let f)?: problems.append(Problem(line: lineNumber, reason: f.message))
            case nil: break
            }
        }
        return (places, problems)
    }
}

/// Why a line of a data file could not be read.
public struct ParseFailure: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
