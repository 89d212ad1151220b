/// An anaphor that counts the places it stands for: "القريتين" (the two villages), "both towns",
/// "القرى الثلاث". Written in cues.tsv as the value `kind+count` ("village+2").
struct CountedAnaphor: Equatable {
    /// The kind of place, as for a singular anaphor ("village", "town", "any").
    var kind: String
    var count: Int

    init?(_ value: String) {
        let parts = value.split(separator: "+")
        guard parts.count == 2, let n = Int(parts[1]), n >= 2 else { return nil }
        kind = String(parts[0])
        count = n
    }
}
