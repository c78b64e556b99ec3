/// The pages' static files, embedded in the server (no build step, no network, nothing read
/// from disk): the stylesheet and the scripts, by the name `/assets/NAME` serves them under.
enum PageAssets {
    struct File {
        var type: String
        var text: String
    }

    static let files: [String: File] = [
        "pages.css": File(type: "text/css; charset=utf-8", text: PageStyle.css),
        "common.js": File(type: "text/javascript; charset=utf-8", text: CommonScript.text),
        "editor.js": File(type: "text/javascript; charset=utf-8", text: EditorScript.text),
        "review.js": File(type: "text/javascript; charset=utf-8", text: ReviewScript.text),
        "dashboard.js": File(type: "text/javascript; charset=utf-8", text: DashboardScript.text),
        "icon.svg": File(type: "image/svg+xml", text: icon),
    ]

    /// The tab's icon (a browser asks for one; without it the console logs a 404).
    static let icon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><polygon points="8,1 14,4.5 14,11.5 8,15 2,11.5 2,4.5" fill="#0b3d66"/></svg>
        """
}
