import RecallTestSupport
import Testing

@Test func markersAreRemovedAndTheirPlacesKept() {
    let marked = MarkedText("a: 1️⃣x\n  2️⃣é😀3️⃣z\n🔟")
    #expect(marked.text == "a: x\n  é😀z\n")
    #expect(marked.markers["1️⃣"]! == (1, 4))
    #expect(marked.markers["2️⃣"]! == (2, 3))
    // Columns count Unicode scalars, as libyaml does: é and 😀 are one each.
    #expect(marked.markers["3️⃣"]! == (2, 5))
    #expect(marked.markers["🔟"]! == (3, 1))
}
