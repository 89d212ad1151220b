import Foundation
import Hummingbird

/// Asks for `Authorization: Bearer TOKEN` (or `?token=TOKEN`, for the browser's EventSource)
/// on every route when a token is configured; only the page, its assets and `/healthz` stay open.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token, Self.isProtected(request.uri.path) else { return try await next(request, context) }
        guard Self.presents(token, in: request) else {
            return Response(status: .unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"controlmap\"", .contentType: "application/json"],
                            body: .init(byteBuffer: .init(string: "{\"error\": \"a bearer token is required (http.token)\"}")))
        }
        return try await next(request, context)
    }

    /// Whether the request carries the token, in the header or the query.
    static func presents(_ token: String, in request: Request) -> Bool {
        var presented: Substring?
        if let header = request.headers[.authorization], header.hasPrefix("Bearer ") { presented = header.dropFirst(7) }
        if presented == nil { presented = request.uri.queryParameters["token"] }
        guard let presented else { return false }
        return equal(Array(presented.utf8), Array(token.utf8))
    }

    /// Everything asks for the token but the page, its assets and the health answer. The path is
    /// judged as the router will route it: percent-decoded, empty and "." segments dropped (the
    /// router folds "//v1/map.geojson" to "/v1/map.geojson"); a ".." segment or an undecodable
    /// path is never open.
    static func isProtected(_ path: String) -> Bool {
        guard let decoded = path.removingPercentEncoding else { return true }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if segments.contains("..") { return true }
        guard let first = segments.first else { return false }
        switch first {
        case "assets", "leaflet": return false
        case "healthz": return segments.count > 1
        default: return true
        }
    }

    /// Compares in time that does not depend on where the first difference is.
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for i in a.indices { diff |= a[i] ^ b[i] }
        return diff == 0
    }
}
