// adapters/extract: each format's text, the type agreement, every limit and every error kind.
#include <catch2/catch.hpp>

#include "../support/zip_builder.hpp"

#include <fstream>
#include <iterator>
#include <atomic>
#include <string>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include <zip.h>

#include <offertracker/extract/text_extractor.hpp>
#include <offertracker/text/utf8.hpp>

namespace extract = offertracker::extract;
namespace ports = offertracker::ports;
using ports::extraction_error_kind;

namespace {

using offertracker::testing::zip_of;

constexpr std::string_view pdf_type = "application/pdf";
constexpr std::string_view docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr std::string_view txt_type = "text/plain; charset=utf-8";

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(OFFERTRACKER_EXTRACT_FIXTURES) + "/" + name, std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string document_xml(const std::string& body) {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
           body + "</w:body></w:document>";
}

std::string docx_of(const std::string& body, const std::string& encrypt = {}) {
    return zip_of({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", document_xml(body)}}, encrypt);
}

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }
std::string cell(const std::string& content) { return "<w:tc><w:tcPr><w:tcW w:w=\"10\"/></w:tcPr>" + content + "</w:tc>"; }
std::string row(const std::string& cells) { return "<w:tr>" + cells + "</w:tr>"; }
std::string table(const std::string& rows) { return "<w:tbl><w:tblPr/>" + rows + "</w:tbl>"; }

const extract::file_text_extractor extractor;

ports::extracted_text text_of(const ports::extraction_result& result) {
    if (const auto* error = std::get_if<ports::extraction_error>(&result))
        FAIL("extraction failed: " << ports::to_string(error->kind) << ": " << error->message);
    const auto& text = std::get<ports::extracted_text>(result);
    CHECK(offertracker::text::is_storable_text(text.text));
    return text;
}

extraction_error_kind error_of(const ports::extraction_result& result) {
    if (const auto* text = std::get_if<ports::extracted_text>(&result)) FAIL("extracted instead: " << text->text);
    const auto& error = std::get<ports::extraction_error>(result);
    CHECK_FALSE(error.message.empty());
    return error.kind;
}

}  // namespace

TEST_CASE("a PDF's text, page by page, a blank line between pages", "[extract][pdf]") {
    const auto text = text_of(extractor.extract(fixture("hello.pdf"), pdf_type, "cv.pdf"));
    CHECK(text.text == "Jane Doe\nSenior Engineer\n\nSkills: C++, SQL");
    CHECK(text.format == ports::text_format::pdf);
    CHECK(text.pages == 2);
}

TEST_CASE("a PDF of 50 pages is read, one of 51 is too_many_pages", "[extract][pdf]") {
    CHECK(text_of(extractor.extract(fixture("pages50.pdf"), pdf_type, "cv.pdf")).pages == 50);
    CHECK(error_of(extractor.extract(fixture("pages51.pdf"), pdf_type, "cv.pdf")) ==
          extraction_error_kind::too_many_pages);
    const extract::file_text_extractor strict({.limits = {.max_pages = 1}});
    CHECK(error_of(strict.extract(fixture("hello.pdf"), pdf_type, "cv.pdf")) == extraction_error_kind::too_many_pages);
}

TEST_CASE("a PDF that needs a password is encrypted; one locked only against editing is read", "[extract][pdf]") {
    CHECK(error_of(extractor.extract(fixture("encrypted.pdf"), pdf_type, "cv.pdf")) == extraction_error_kind::encrypted);
    CHECK(text_of(extractor.extract(fixture("owner_only.pdf"), pdf_type, "cv.pdf")).text == "Readable text");
}

TEST_CASE("an image-only PDF is no_text", "[extract][pdf]") {
    CHECK(error_of(extractor.extract(fixture("image_only.pdf"), pdf_type, "scan.pdf")) == extraction_error_kind::no_text);
}

TEST_CASE("damaged PDF bytes are corrupt, never a crash", "[extract][pdf]") {
    CHECK(error_of(extractor.extract(fixture("corrupt.pdf"), pdf_type, "cv.pdf")) == extraction_error_kind::corrupt);
    CHECK(error_of(extractor.extract("%PDF-1.7\n", pdf_type, "cv.pdf")) == extraction_error_kind::corrupt);
    const std::string hello = fixture("hello.pdf");
    for (std::size_t cut : {10u, 100u, 300u, 600u}) {
        const auto result = extractor.extract(hello.substr(0, cut), pdf_type, "cv.pdf");
        // poppler rebuilds what it can of a truncated file: text or a clear error, both fine, never a throw.
        if (const auto* error = std::get_if<ports::extraction_error>(&result))
            CHECK((error->kind == extraction_error_kind::corrupt || error->kind == extraction_error_kind::no_text));
        else
            CHECK(offertracker::text::is_storable_text(std::get<ports::extracted_text>(result).text));
    }
}

TEST_CASE("a DOCX's paragraphs, runs, tabs and breaks", "[extract][docx]") {
    const auto text = text_of(extractor.extract(fixture("sample.docx"), docx_type, "cv.docx"));
    CHECK(text.text == "Jane Doe\nSenior Engineer\t2020\nSkill\tYears\nC++\t10\nLine one\nLine two");
    CHECK(text.format == ports::text_format::docx);
    CHECK(text.pages == 0);
}

TEST_CASE("DOCX: a run of only spaces still separates words", "[extract][docx]") {
    const std::string body = "<w:p><w:r><w:t>a</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
                             "<w:r><w:t>b</w:t></w:r></w:p>";
    CHECK(text_of(extractor.extract(docx_of(body), docx_type, "cv.docx")).text == "a b");
}

TEST_CASE("DOCX tables read in reading order: row by row, cells by tabs, nested tables inside their cell",
          "[extract][docx]") {
    const std::string body = p("Before") +
                             table(row(cell(p("A1")) + cell(p("B1") + p("B1 more"))) +
                                   row(cell(p("A2")) + cell(table(row(cell(p("x")) + cell(p("y"))))))) +
                             p("After");
    CHECK(text_of(extractor.extract(docx_of(body), docx_type, "cv.docx")).text ==
          "Before\nA1\tB1 B1 more\nA2\tx y\nAfter");
}

TEST_CASE("DOCX: deleted text, field codes, properties and alternate content's fallback are not read",
          "[extract][docx]") {
    const std::string body =
        "<w:p><w:r><w:t>kept</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>"
        "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:noBreakHyphen/><w:t>x</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"100\"/></w:tabs></w:pPr><w:r><w:t>second</w:t></w:r></w:p>"
        "<w:p><mc:AlternateContent xmlns:mc=\"urn:mc\"><mc:Choice><w:r><w:t>box</w:t></w:r></mc:Choice>"
        "<mc:Fallback><w:r><w:t>box</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>";
    CHECK(text_of(extractor.extract(docx_of(body), docx_type, "cv.docx")).text == "kept-x\nsecond\nbox");
}

TEST_CASE("DOCX text is valid UTF-8 whatever the part holds", "[extract][docx]") {
    CHECK(text_of(extractor.extract(docx_of(p("a\xFF" "b &amp; \xC3\xA9")), docx_type, "cv.docx")).text ==
          "a\xEF\xBF\xBD" "b & \xC3\xA9");
}

TEST_CASE("DOCX: empty, damaged, without a document part, or encrypted", "[extract][docx]") {
    CHECK(error_of(extractor.extract(docx_of(""), docx_type, "cv.docx")) == extraction_error_kind::no_text);
    CHECK(error_of(extractor.extract(docx_of(p("  ") + p("")), docx_type, "cv.docx")) == extraction_error_kind::no_text);
    CHECK(error_of(extractor.extract(zip_of({{"word/document.xml", "<w:document><w:body><w:p>"}}), docx_type,
                                     "cv.docx")) == extraction_error_kind::corrupt);
    CHECK(error_of(extractor.extract(zip_of({{"word/styles.xml", "<x/>"}}), docx_type, "cv.docx")) ==
          extraction_error_kind::corrupt);
    CHECK(error_of(extractor.extract(zip_of({{"word/document.xml", "<other/>"}}), docx_type, "cv.docx")) ==
          extraction_error_kind::corrupt);
    std::string damaged = fixture("sample.docx");
    damaged.resize(damaged.size() - 30);  // most of the central directory gone
    CHECK(error_of(extractor.extract(damaged, docx_type, "cv.docx")) == extraction_error_kind::corrupt);
    std::string flipped = docx_of(p("some text long enough to deflate some text long enough to deflate"));
    // Flip a byte of the deflated document part (after its local header): a CRC or inflate error, corrupt.
    const auto at = flipped.find("word/document.xml") + 17 + 8;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x55);
    CHECK(error_of(extractor.extract(flipped, docx_type, "cv.docx")) == extraction_error_kind::corrupt);
    CHECK(error_of(extractor.extract(docx_of(p("secret"), "word/document.xml"), docx_type, "cv.docx")) ==
          extraction_error_kind::encrypted);
}

TEST_CASE("DOCX: elements nested a million deep are walked without recursion", "[extract][docx]") {
    std::string body = "<w:p>";
    for (int i = 0; i < 1000000; ++i) body += "<w:x>";
    body += "<w:t>deep</w:t>";
    for (int i = 0; i < 1000000; ++i) body += "</w:x>";
    body += "</w:p>";
    CHECK(text_of(extractor.extract(docx_of(body), docx_type, "cv.docx")).text == "deep");
}

TEST_CASE("the zip-bomb guard: a document part inflating past its cap is refused", "[extract][docx]") {
    // 4 MB of paragraphs deflate to a few KB; the cap stops the inflation at 1 MB.
    std::string body;
    while (body.size() < 4 * 1024 * 1024) body += "<w:p/>";
    const std::string bomb = docx_of(body);
    CHECK(bomb.size() < 64 * 1024);
    const extract::file_text_extractor capped({.max_docx_part_bytes = 1024 * 1024});
    CHECK(error_of(capped.extract(bomb, docx_type, "cv.docx")) == extraction_error_kind::too_much_text);
    // Under the default cap the same file is read through (and holds nothing).
    CHECK(error_of(extractor.extract(bomb, docx_type, "cv.docx")) == extraction_error_kind::no_text);
}

TEST_CASE("TXT: UTF-8 (without its byte-order mark), whitespace normalised", "[extract][txt]") {
    const auto text = text_of(extractor.extract(fixture("utf8.txt"), txt_type, "notes.txt"));
    CHECK(text.text == "Jos\xC3\xA9 \xC3\x85ngstr\xC3\xB6m \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC\n\nsecond paragraph");
    CHECK(text.format == ports::text_format::txt);
    CHECK(text_of(extractor.extract("  a\r\nb\rc\fd\x01" "e\t\t f  \n", "TEXT/PLAIN", "N.TXT")).text ==
          "a\nb\nc\nd e\tf");
}

TEST_CASE("TXT: what is not UTF-8 is read as Latin-1 (Windows-1252)", "[extract][txt]") {
    CHECK(text_of(extractor.extract(fixture("latin1.txt"), "text/plain", "notes.txt")).text ==
          "Caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 r\xC3\xA9sum\xC3\xA9");
}

TEST_CASE("TXT: NUL bytes are not text; empty and blank files are no_text", "[extract][txt]") {
    CHECK(error_of(extractor.extract(std::string("a\0b", 3), "text/plain", "a.txt")) ==
          extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract("", "text/plain", "a.txt")) == extraction_error_kind::no_text);
    CHECK(error_of(extractor.extract(" \n\t\r\n ", "text/plain", "a.txt")) == extraction_error_kind::no_text);
}

TEST_CASE("the declared type, the extension and the bytes must agree", "[extract][types]") {
    const std::string pdf = fixture("hello.pdf");
    const std::string docx = fixture("sample.docx");
    CHECK(error_of(extractor.extract(pdf, docx_type, "cv.docx")) == extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract(pdf, pdf_type, "cv.docx")) == extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract(pdf, docx_type, "cv.pdf")) == extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract(docx, pdf_type, "cv.pdf")) == extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract(pdf, "text/plain", "cv.txt")) == extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract(docx, "text/plain", "cv.txt")) == extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract("plain words", pdf_type, "cv.pdf")) == extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract(pdf, "application/octet-stream", "cv.pdf")) == extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract(pdf, "", "cv.pdf")) == extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract(pdf, pdf_type, "cv")) == extraction_error_kind::type_mismatch);
    CHECK(error_of(extractor.extract(zip_of({{"a.txt", "x"}}), docx_type, "cv.docx")) ==
          extraction_error_kind::type_mismatch);
    // The same bytes pass once all three agree; parameters and case do not matter.
    CHECK(text_of(extractor.extract(pdf, "Application/PDF; name=cv.pdf", "CV.PDF")).pages == 2);
}

TEST_CASE("legacy Word and other types are unsupported_type", "[extract][types]") {
    CHECK(error_of(extractor.extract("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "application/msword", "cv.doc")) ==
          extraction_error_kind::unsupported_type);
    CHECK(error_of(extractor.extract("\x89PNG\r\n", "image/png", "me.png")) == extraction_error_kind::unsupported_type);
    CHECK(error_of(extractor.extract("x", "application/octet-stream", "")) == extraction_error_kind::unsupported_type);
}

TEST_CASE("limits: 10 MB of file, 1 MB of text", "[extract][limits]") {
    const std::string big(10 * 1024 * 1024 + 1, 'a');
    CHECK(error_of(extractor.extract(big, "text/plain", "a.txt")) == extraction_error_kind::too_large);
    CHECK(error_of(extractor.extract(big, pdf_type, "a.pdf")) == extraction_error_kind::too_large);
    std::string words;
    while (words.size() <= 1024 * 1024) words += "word ";
    CHECK(error_of(extractor.extract(words, "text/plain", "a.txt")) == extraction_error_kind::too_much_text);
    words.resize(1024 * 1024);
    CHECK(text_of(extractor.extract(words, "text/plain", "a.txt")).text.size() <= 1024 * 1024);
    // Whitespace does not count: 4 MB of it around one word is fine.
    CHECK(text_of(extractor.extract(std::string(4 * 1024 * 1024, ' ') + "word", "text/plain", "a.txt")).text == "word");
    const extract::file_text_extractor small({.limits = {.max_text_bytes = 10}});
    CHECK(error_of(small.extract(fixture("hello.pdf"), pdf_type, "cv.pdf")) == extraction_error_kind::too_much_text);
    CHECK(error_of(small.extract(fixture("sample.docx"), docx_type, "cv.docx")) == extraction_error_kind::too_much_text);
}

TEST_CASE("one extractor serves several threads at once", "[extract]") {
    const std::string pdf = fixture("hello.pdf");
    const std::string docx = fixture("sample.docx");
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 25; ++i) {
                const auto a = extractor.extract(pdf, pdf_type, "cv.pdf");
                const auto b = extractor.extract(docx, docx_type, "cv.docx");
                if (!std::holds_alternative<ports::extracted_text>(a) || !std::holds_alternative<ports::extracted_text>(b))
                    ++wrong;
                else if (std::get<ports::extracted_text>(a).text != "Jane Doe\nSenior Engineer\n\nSkills: C++, SQL")
                    ++wrong;
            }
        });
    for (auto& thread : threads) thread.join();
    CHECK(wrong == 0);
}

TEST_CASE("every error kind has a stable name", "[extract]") {
    CHECK(ports::to_string(extraction_error_kind::unsupported_type) == "unsupported_type");
    CHECK(ports::to_string(extraction_error_kind::type_mismatch) == "type_mismatch");
    CHECK(ports::to_string(extraction_error_kind::too_large) == "too_large");
    CHECK(ports::to_string(extraction_error_kind::too_many_pages) == "too_many_pages");
    CHECK(ports::to_string(extraction_error_kind::too_much_text) == "too_much_text");
    CHECK(ports::to_string(extraction_error_kind::encrypted) == "encrypted");
    CHECK(ports::to_string(extraction_error_kind::corrupt) == "corrupt");
    CHECK(ports::to_string(extraction_error_kind::no_text) == "no_text");
}
