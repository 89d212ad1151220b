import Foundation
import Hummingbird
import NIOCore

/// The web page's files (`http.web_dir`) and Debian's Leaflet (`http.leaflet_dir`), read from
/// disk; names are checked so that no request can leave those folders.
struct StaticFiles: Sendable {
    let webDir: String
    let leafletDir: String

    func response(for name: String) throws -> Response {
        try file(in: webDir, name)
    }

    func leaflet(_ path: String) throws -> Response {
        try file(in: leafletDir, path)
    }

    private func file(in dir: String, _ path: String) throws -> Response {
        let parts = path.split(separator: "/")
        guard !parts.isEmpty, parts.allSatisfy({ !$0.hasPrefix(".") && $0.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) } }) else {
            throw APIError.notFound("no such file")
        }
        let full = dir + "/" + parts.joined(separator: "/")
        var st = stat()
        guard lstat(full, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG || (st.st_mode & S_IFMT) == S_IFLNK,
              let data = FileManager.default.contents(atPath: full) else {
            throw APIError.notFound("no such file: \(path)")
        }
        return Response(status: .ok, headers: [.contentType: Self.type(of: full), .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func type(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "geojson": "application/geo+json"
        case "png": "image/png"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }
}
