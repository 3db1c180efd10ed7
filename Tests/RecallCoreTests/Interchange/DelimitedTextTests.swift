import Testing
@testable import RecallCore

@Test func ankiHeadersAreRead() throws {
    let text = """
        #separator:tab
        #html:true
        #guid column:1
        #notetype column:2
        #deck column:3
        #tags column:6
        g1\tBasic\tDeck::Sub\tfront\tback\ttag1 tag2

        """
    let parsed = try DelimitedText.parse(text, file: "notes.txt")
    #expect(parsed.separator == "\t")
    #expect(!parsed.separatorWasGuessed)
    #expect(parsed.isHTML == true)
    #expect(parsed.guidColumn == 1)
    #expect(parsed.notetypeColumn == 2)
    #expect(parsed.deckColumn == 3)
    #expect(parsed.tagsColumn == 6)
    #expect(parsed.rows == [.init(fields: ["g1", "Basic", "Deck::Sub", "front", "back", "tag1 tag2"], line: 7)])
}

@Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
    let text = "#separator:comma\n\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nnext,row,\"\"\n"
    let parsed = try DelimitedText.parse(text, file: "x.csv")
    #expect(parsed.rows.map(\.fields) == [["a, b", "say \"hi\"", "two\nlines"], ["next", "row", ""]])
    #expect(parsed.rows.map(\.line) == [2, 4])
}

@Test(arguments: [
    ("comma", "a,b,c\nd,e,f\n", Character(",")),
    ("semicolon", "a;b\nc;\"d;e\"\n", ";"),
    ("tab beats comma", "a, b\tc\nd, e\tf\n", "\t"),
    ("pipe", "a|b\nc|d\n", "|"),
    ("single column", "just text\n", "\t"),
])
func separatorIsSniffedWithoutAHeader(_ name: String, _ text: String, _ separator: Character) throws {
    let parsed = try DelimitedText.parse(text, file: "x.txt")
    #expect(parsed.separator == separator, "\(name)")
    #expect(parsed.separatorWasGuessed)
}

@Test(arguments: [("tab", Character("\t")), ("Comma", ","), ("semicolon", ";"), ("pipe", "|"), (";", ";"), ("space", " ")])
func separatorHeaderTakesNamesAndCharacters(_ value: String, _ separator: Character) throws {
    #expect(try DelimitedText.parse("#separator:\(value)\na", file: "x").separator == separator)
}

@Test func commentLinesAndBlankLinesAreSkipped() throws {
    let parsed = try DelimitedText.parse("#separator:tab\n# a comment\n\na\tb\n#another\nc\td", file: "x")
    #expect(parsed.rows.map(\.fields) == [["a", "b"], ["c", "d"]])
    #expect(parsed.rows.map(\.line) == [4, 6])
}

@Test func anUnterminatedQuoteIsReportedWhereItOpens() {
    #expect(throws: DelimitedTextError.unterminatedQuote(SourceLocation(file: "x.csv", line: 3, column: 3))) {
        try DelimitedText.parse("#separator:comma\nok,row\na,\"never closed\nmore", file: "x.csv")
    }
}

@Test(arguments: [
    ("#separator:star", "unknown separator “star”; use tab, comma, semicolon, pipe, colon or space"),
    ("#tags column:zero", "`#tags column` needs a column number from 1 up, not “zero”"),
    ("#deck column:0", "`#deck column` needs a column number from 1 up, not “0”"),
    ("#html:maybe", "`#html` must be true or false, not “maybe”"),
])
func badHeadersAreErrorsWithTheirLine(_ header: String, _ message: String) {
    let error = #expect(throws: DelimitedTextError.self) {
        try DelimitedText.parse("#html:false\n\(header)\na\tb", file: "notes.txt")
    }
    #expect(error?.description == "notes.txt:2:1: error: \(message)")
}

@Test func aByteOrderMarkIsIgnored() throws {
    let parsed = try DelimitedText.parse("\u{FEFF}#separator:comma\na,b", file: "x")
    #expect(parsed.separator == ",")
    #expect(parsed.rows.map(\.fields) == [["a", "b"]])
}
