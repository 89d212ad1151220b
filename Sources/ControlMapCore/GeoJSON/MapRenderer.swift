import Foundation

/// Draws the control map as a standalone SVG, for a person without a GIS: places coloured by
/// controller, contested places split between the two leading parties, besieged places ringed
/// in the besieger's colour, stale places faded, a 1° graticule, a legend and the date.
public struct MapRenderer: Sendable {
    public var width: Double = 1000
    public var height: Double = 720
    public var staleAfterDays: Int = 90

    public init() {}

    public func svg(states: [PlaceState], asOf: EventDate, title: String = "ControlMap") -> String {
        let located = states.filter { $0.lastEvent.lat != nil && $0.lastEvent.lon != nil }
        // Syria and Iraq by default, widened to every place drawn.
        var west = 35.0, east = 48.8, south = 29.0, north = 37.6
        for s in located {
            west = min(west, s.lastEvent.lon! - 0.3); east = max(east, s.lastEvent.lon! + 0.3)
            south = min(south, s.lastEvent.lat! - 0.3); north = max(north, s.lastEvent.lat! + 0.3)
        }
        let margin = 40.0, legendWidth = 220.0
        let k = cos((south + north) / 2 * .pi / 180)
        let scale = min((width - legendWidth - 2 * margin) / ((east - west) * k), (height - 2 * margin - 30) / (north - south))
        func x(_ lon: Double) -> Double { margin + (lon - west) * k * scale }
        func y(_ lat: Double) -> Double { margin + 30 + (north - lat) * scale }
        var out = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="DejaVu Sans, sans-serif">
        <rect width="100%" height="100%" fill="#f7f5ef"/>
        <text x="\(margin)" y="28" font-size="20" fill="#222">\(escape(title)) — \(asOf.description)</text>

        """
        var lon = west.rounded(.up)
        while lon <= east {
            out += "<line x1=\"\(f(x(lon)))\" y1=\"\(f(y(north)))\" x2=\"\(f(x(lon)))\" y2=\"\(f(y(south)))\" stroke=\"#ddd\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(f(x(lon) + 2))\" y=\"\(f(y(south) - 3))\" font-size=\"9\" fill=\"#999\">\(Int(lon))°E</text>\n"
            lon += 1
        }
        var lat = south.rounded(.up)
        while lat <= north {
            out += "<line x1=\"\(f(x(west)))\" y1=\"\(f(y(lat)))\" x2=\"\(f(x(east)))\" y2=\"\(f(y(lat)))\" stroke=\"#ddd\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(f(x(west) + 2))\" y=\"\(f(y(lat) - 2))\" font-size=\"9\" fill=\"#999\">\(Int(lat))°N</text>\n"
            lat += 1
        }
        var actors = Set<String>()
        for s in located.sorted(by: { $0.placeID < $1.placeID }) {
            let cx = x(s.lastEvent.lon!), cy = y(s.lastEvent.lat!), r = 6.0
            let stale = asOf.dayNumber - s.updated.dayNumber > staleAfterDays
            let opacity = stale ? "0.35" : "0.95"
            out += "<g opacity=\"\(opacity)\"><title>\(escape(s.lastEvent.placeName ?? s.lastEvent.mention)): \(s.status.rawValue)\(s.controller.map { " (\($0))" } ?? "")</title>"
            if s.status == .contested, s.parties.count >= 2 {
                let a = StyleHint.colour(for: s.parties[0]), b = StyleHint.colour(for: s.parties[1])
                actors.formUnion(s.parties.prefix(2))
                out += "<path d=\"M \(f(cx)) \(f(cy - r)) A \(f(r)) \(f(r)) 0 0 0 \(f(cx)) \(f(cy + r)) Z\" fill=\"\(a)\"/>"
                out += "<path d=\"M \(f(cx)) \(f(cy - r)) A \(f(r)) \(f(r)) 0 0 1 \(f(cx)) \(f(cy + r)) Z\" fill=\"\(b)\"/>"
                out += "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(r))\" fill=\"none\" stroke=\"#333\" stroke-width=\"0.8\"/>"
            } else {
                if let c = s.controller { actors.insert(c) }
                out += "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(r))\" fill=\"\(StyleHint.colour(for: s.controller))\" stroke=\"#333\" stroke-width=\"0.8\"/>"
            }
            if s.status == .besieged {
                if let b = s.besieger { actors.insert(b) }
                out += "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(r + 3.5))\" fill=\"none\" stroke=\"\(StyleHint.colour(for: s.besieger))\" stroke-width=\"3\"/>"
            }
            if located.count <= 80 {
                out += "<text x=\"\(f(cx + r + 3))\" y=\"\(f(cy + 4))\" font-size=\"11\" fill=\"#222\">\(escape(s.lastEvent.placeName ?? s.lastEvent.mention))</text>"
            }
            out += "</g>\n"
        }
        // Legend.
        let lx = width - legendWidth
        var ly = margin + 40
        out += "<text x=\"\(f(lx))\" y=\"\(f(ly))\" font-size=\"14\" fill=\"#222\">Controller</text>\n"
        for a in actors.sorted() {
            ly += 20
            out += "<circle cx=\"\(f(lx + 8))\" cy=\"\(f(ly - 4))\" r=\"6\" fill=\"\(StyleHint.colour(for: a))\" stroke=\"#333\" stroke-width=\"0.8\"/>"
            out += "<text x=\"\(f(lx + 22))\" y=\"\(f(ly))\" font-size=\"12\" fill=\"#222\">\(escape(a))</text>\n"
        }
        ly += 30
        out += "<circle cx=\"\(f(lx + 8))\" cy=\"\(f(ly - 4))\" r=\"6\" fill=\"#fff\" stroke=\"#333\"/><circle cx=\"\(f(lx + 8))\" cy=\"\(f(ly - 4))\" r=\"9.5\" fill=\"none\" stroke=\"#222\" stroke-width=\"3\"/>"
        out += "<text x=\"\(f(lx + 22))\" y=\"\(f(ly))\" font-size=\"12\" fill=\"#222\">besieged (ring: besieger)</text>\n"
        ly += 22
        out += "<text x=\"\(f(lx))\" y=\"\(f(ly))\" font-size=\"12\" fill=\"#222\">split circle: contested</text>\n"
        ly += 18
        out += "<text x=\"\(f(lx))\" y=\"\(f(ly))\" font-size=\"12\" fill=\"#222\">faded: no report for \(staleAfterDays) days</text>\n"
        ly += 18
        out += "<text x=\"\(f(lx))\" y=\"\(f(ly))\" font-size=\"12\" fill=\"#222\">\(located.count) places</text>\n"
        out += "<text x=\"\(margin)\" y=\"\(f(height - 10))\" font-size=\"9\" fill=\"#777\">Places: GeoNames (geonames.org, CC BY 4.0), OurAirports, ControlMap curated sites.</text>\n"
        out += "</svg>\n"
        return out
    }

    private func f(_ d: Double) -> String { String(format: "%.1f", d) }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
