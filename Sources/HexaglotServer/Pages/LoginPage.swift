import Foundation

/// The sign-in form. It carries a token that must match the `hexaglot_login` cookie set with
/// it (a double-submit token), so another site cannot sign a visitor in under its own name.
struct LoginPage {
    var token: String
    var name = ""
    var error: String?

    func render() -> String {
        var main = "<section class=\"login\">\n<h1>Sign in</h1>\n"
        if let error { main += "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>\n" }
        main += """
            <form method="post" action="/login" id="login">
            <input type="hidden" name="csrf_token" value="\(HTML.escape(token))">
            <label>Name <input name="name" id="name" autocomplete="username" required dir="auto" value="\(HTML.escape(name))"></label>
            <label>Password <input name="password" id="password" type="password" autocomplete="current-password" required></label>
            <button type="submit" id="sign-in">Sign in</button>
            </form>
            </section>
            """
        return PageLayout(title: "Sign in").render(main)
    }
}
