import Foundation
import HexaglotCore
import HexaglotText
import HTTPTypes
import Hummingbird

/// Writing the pages' HTML: escaping every text that comes from the workspace or the request,
/// the `lang` and `dir` of a language, and the HTML response.
enum HTML {
    /// Escapes text for element content and attribute values (`<script>` shows as text).
    static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }

    /// `lang="ar" dir="rtl"`: the attributes every element holding text in `language` carries.
    static func langDir(_ language: Language, tag: String? = nil) -> String {
        "lang=\"\(escape(tag ?? language.rawValue))\" dir=\"\(language.isRightToLeft ? "rtl" : "ltr")\""
    }

    /// A reference as a path segment: `CL-19/73` becomes `CL-19-73` (the API reads either).
    static func pathReference(_ reference: String) -> String {
        reference.replacingOccurrences(of: "/", with: "-")
            .addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? ""
    }

    /// A page answer: HTML, not cached, with the session's person for the log.
    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A redirect after a form or to the sign-in page (303: the browser follows with GET).
    static func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }
}
