import Testing
@testable import RecallCore

struct HTMLCase: CustomTestStringConvertible, Sendable {
    var name: String
    var html: String
    var text: String
    var testDescription: String { name }

    static let all: [HTMLCase] = [
        .init(name: "inline tags vanish", html: "<b>Bold</b> question", text: "Bold question"),
        .init(name: "br breaks lines", html: "Line 1<br>Line 2<br/>Line 3", text: "Line 1\nLine 2\nLine 3"),
        .init(name: "divs are lines", html: "<div>block one</div><div>block two</div>", text: "block one\nblock two"),
        .init(name: "paragraphs are lines", html: "<p>one</p><p>two</p>", text: "one\ntwo"),
        .init(name: "an empty div with br leaves a blank line",
              html: "<div>a</div><div><br></div><div>b</div>", text: "a\n\nb"),
        .init(name: "unordered lists get bullets", html: "<ul><li>one</li><li>two</li></ul>", text: "• one\n• two"),
        .init(name: "ordered lists get numbers", html: "<ol><li>first</li><li>second</li></ol>", text: "1. first\n2. second"),
        .init(name: "nested lists indent", html: "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", text: "• a\n  • b\n• c"),
        .init(name: "images become markers", html: #"What colour is this? <img src="fixture-image.png">"#,
              text: "What colour is this? [image: fixture-image.png]"),
        .init(name: "single-quoted image source", html: "<img class=x src='a b.png' />", text: "[image: a b.png]"),
        .init(name: "entities decode once", html: "∑ x² ≤ ∞ &amp; &lt;not a tag&gt;", text: "∑ x² ≤ ∞ & <not a tag>"),
        .init(name: "escaped entities stay escaped",
              html: "HTML entities: &amp;amp; &amp;lt; &amp;gt; &amp;nbsp;&nbsp;end",
              text: "HTML entities: &amp; &lt; &gt; &nbsp; end"),
        .init(name: "numeric entities", html: "a &#233; &#xE9; &#x1F600; &#0;", text: "a é é 😀 \u{FFFD}"),
        .init(name: "unknown entities stay", html: "&bogus; &amp", text: "&bogus; &amp"),
        .init(name: "styled spans keep their text", html: #"<span style="color: rgb(255, 0, 0);">red text</span>"#, text: "red text"),
        .init(name: "table cells are joined by bars",
              html: "<table><tr><td>a</td><td>b</td></tr></table>\ttab and \"quotes\"",
              text: "a | b\ntab and \"quotes\""),
        .init(name: "script and style bodies are dropped",
              html: "<script>alert('<b>x</b>')</script>kept<STYLE>p { color: red }</STYLE>", text: "kept"),
        .init(name: "comments are dropped", html: "<!-- a <b>comment</b> -->visible", text: "visible"),
        .init(name: "a lone less-than sign is text", html: "x < y and y > z", text: "x < y and y > z"),
        .init(name: "white space collapses", html: "  lots   of \n spaces\t ", text: "lots of spaces"),
        .init(name: "subscripts join their word", html: "H<sub>2</sub>O", text: "H2O"),
        .init(name: "links keep their text", html: #"<a href="https://example.com">link</a>"#, text: "link"),
        .init(name: "plain text is unchanged", html: "Straße", text: "Straße"),
        .init(name: "an unclosed tag ends the text", html: "before <b class=", text: "before"),
    ]
}

@Test(arguments: HTMLCase.all)
func htmlBecomesTerminalText(_ example: HTMLCase) {
    #expect(HTMLText.plainText(fromHTML: example.html) == example.text)
}

@Test func entityDecodingLeavesTagsAlone() {
    #expect(HTMLText.decodeEntities("<b>&lt;b&gt;</b> &quot;&apos;") == "<b><b></b> \"'")
}
