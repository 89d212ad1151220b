import CCurl
import Dispatch
import Foundation

/// One HTTP GET through libcurl with the limits a long-running poller of untrusted servers
/// needs: http and https only (redirects included), a few redirects at most, connect and total
/// timeouts, a body cap enforced while the bytes arrive, any content encoding curl supports,
/// and conditional requests from stored validators.
public struct HTTPFetcher: Sendable {
    /// The limits of one request.
    public struct Limits: Sendable, Equatable {
        public var connectTimeoutSeconds: Double = 10
        public var totalTimeoutSeconds: Double = 60
        public var maxBytes: Int = 10 * 1024 * 1024
        public var maxRedirects: Int = 5
        public var userAgent = "ControlMap/1.0 (+feed poller)"

        public init() {}
    }

    /// A response that arrived, whatever its status.
    public struct Response: Sendable {
        public var status: Int
        public var body: [UInt8]
        public var etag: String?
        public var lastModified: String?
        public var contentType: String?
        /// The URL after redirects.
        public var effectiveURL: String
        public var seconds: Double
    }

    /// Why no response came, in words an operator can act on.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public enum Kind: String, Sendable { case badURL = "bad_url", timeout, tooLarge = "too_large", redirects, network, cancelled }
        public var kind: Kind
        public var description: String
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// libcurl's process-wide set-up, done once before the first handle.
    private static let globalInit: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

    /// Fetches `url` on a thread of its own (curl blocks); `cancelled` is polled during the
    /// transfer so that a stopping service does not wait for a slow server.
    public func get(_ url: String, etag: String? = nil, lastModified: String? = nil,
                    cancelled: @escaping @Sendable () -> Bool = { false }) async -> Result<Response, Failure> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: self.perform(url, etag: etag, lastModified: lastModified, cancelled: cancelled))
            }
        }
    }

    func perform(_ url: String, etag: String?, lastModified: String?, cancelled: @escaping @Sendable () -> Bool) -> Result<Response, Failure> {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            return .failure(Failure(kind: .badURL, description: "only http:// and https:// URLs are fetched, not \(url.prefix(80))"))
        }
        _ = Self.globalInit
        guard let handle = curl_easy_init() else { return .failure(Failure(kind: .network, description: "libcurl could not start a transfer")) }
        defer { curl_easy_cleanup(handle) }
        let sink = TransferSink(maxBytes: limits.maxBytes, cancelled: cancelled)
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        defer { errorBuffer.deallocate() }
        var headers: UnsafeMutablePointer<curl_slist>?
        if let etag { headers = curl_slist_append(headers, "If-None-Match: \(etag)") }
        if let lastModified { headers = curl_slist_append(headers, "If-Modified-Since: \(lastModified)") }
        defer { curl_slist_free_all(headers) }

        let opaque = Unmanaged.passUnretained(sink).toOpaque()
        controlmap_curl_set_string(handle, CURLOPT_URL, url)
        controlmap_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        controlmap_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        controlmap_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
        controlmap_curl_set_long(handle, CURLOPT_MAXREDIRS, limits.maxRedirects)
        controlmap_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(limits.connectTimeoutSeconds * 1000))
        controlmap_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(limits.totalTimeoutSeconds * 1000))
        controlmap_curl_set_offset(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maxBytes))
        controlmap_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        controlmap_curl_set_string(handle, CURLOPT_USERAGENT, limits.userAgent)
        controlmap_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        controlmap_curl_set_long(handle, CURLOPT_NOPROGRESS, 0)
        controlmap_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        controlmap_curl_set_list(handle, CURLOPT_HTTPHEADER, headers)
        controlmap_curl_set_callback(handle, CURLOPT_WRITEFUNCTION, transferBody)
        controlmap_curl_set_pointer(handle, CURLOPT_WRITEDATA, opaque)
        controlmap_curl_set_callback(handle, CURLOPT_HEADERFUNCTION, transferHeader)
        controlmap_curl_set_pointer(handle, CURLOPT_HEADERDATA, opaque)
        controlmap_curl_set_progress(handle, transferProgress)
        controlmap_curl_set_pointer(handle, CURLOPT_XFERINFODATA, opaque)

        let start = ContinuousClock.now
        let code = curl_easy_perform(handle)
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        if code != CURLE_OK {
            return .failure(failure(code, detail: String(cString: errorBuffer), sink: sink, url: url))
        }
        var status = 0
        controlmap_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var effective: UnsafeMutablePointer<CChar>?
        controlmap_curl_get_string(handle, CURLINFO_EFFECTIVE_URL, &effective)
        return .success(Response(status: status, body: sink.body, etag: sink.header("etag"), lastModified: sink.header("last-modified"),
                                 contentType: sink.header("content-type"), effectiveURL: effective.map { String(cString: $0) } ?? url,
                                 seconds: seconds))
    }

    private func failure(_ code: CURLcode, detail: String, sink: TransferSink, url: String) -> Failure {
        let text = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return Failure(kind: .timeout, description: "timed out (connect limit \(limits.connectTimeoutSeconds) s, total \(limits.totalTimeoutSeconds) s): \(text)")
        case CURLE_FILESIZE_EXCEEDED:
            return Failure(kind: .tooLarge, description: "the response is over the limit of \(limits.maxBytes) bytes (feed.max_bytes)")
        case CURLE_WRITE_ERROR where sink.overflowed:
            return Failure(kind: .tooLarge, description: "the response passed the limit of \(limits.maxBytes) bytes while arriving (feed.max_bytes); transfer stopped")
        case CURLE_TOO_MANY_REDIRECTS:
            return Failure(kind: .redirects, description: "more than \(limits.maxRedirects) redirects (a redirect loop?): \(text)")
        case CURLE_UNSUPPORTED_PROTOCOL:
            return Failure(kind: .badURL, description: "redirected to a scheme other than http or https: \(text)")
        case CURLE_ABORTED_BY_CALLBACK:
            return Failure(kind: .cancelled, description: "cancelled: the service is stopping")
        case CURLE_URL_MALFORMAT:
            return Failure(kind: .badURL, description: "malformed URL \(url.prefix(200)): \(text)")
        default:
            return Failure(kind: .network, description: "\(text) (libcurl error \(code.rawValue))")
        }
    }
}

/// Collects one transfer's body (up to its cap) and headers; owned by the transfer's thread.
final class TransferSink {
    let maxBytes: Int
    let cancelled: @Sendable () -> Bool
    var body: [UInt8] = []
    var headers: [(name: String, value: String)] = []
    var overflowed = false

    init(maxBytes: Int, cancelled: @escaping @Sendable () -> Bool) {
        self.maxBytes = maxBytes
        self.cancelled = cancelled
    }

    /// The last value of a header of the final response.
    func header(_ name: String) -> String? {
        headers.last { $0.name == name }?.value
    }
}

/// Appends body bytes; a short count makes curl abort, which is how the cap stops a chunked
/// body that announced no length.
private func transferBody(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ user: UnsafeMutableRawPointer?) -> Int {
    guard let data, let user else { return 0 }
    let sink = Unmanaged<TransferSink>.fromOpaque(user).takeUnretainedValue()
    let n = size * count
    if sink.body.count + n > sink.maxBytes {
        sink.overflowed = true
        return 0
    }
    data.withMemoryRebound(to: UInt8.self, capacity: n) { sink.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: n)) }
    return n
}

/// Keeps the headers of the last response (each redirect starts a new status line).
private func transferHeader(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ user: UnsafeMutableRawPointer?) -> Int {
    guard let data, let user else { return 0 }
    let sink = Unmanaged<TransferSink>.fromOpaque(user).takeUnretainedValue()
    let n = size * count
    let line = data.withMemoryRebound(to: UInt8.self, capacity: n) {
        String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self)
    }.trimmingCharacters(in: .whitespacesAndNewlines)
    if line.hasPrefix("HTTP/") {
        sink.headers.removeAll()
    } else if let colon = line.firstIndex(of: ":") {
        let name = line[..<colon].lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        sink.headers.append((name, value))
    }
    return n
}

/// Non-zero aborts the transfer: the service is stopping.
private func transferProgress(_ user: UnsafeMutableRawPointer?, _ dltotal: curl_off_t, _ dlnow: curl_off_t,
                              _ ultotal: curl_off_t, _ ulnow: curl_off_t) -> Int32 {
    guard let user else { return 0 }
    return Unmanaged<TransferSink>.fromOpaque(user).takeUnretainedValue().cancelled() ? 1 : 0
}
