// Upload classification (docs/behaviour.md §13): extension, declared type and magic bytes must agree.
#include <string>

#include <offertracker/domain/document_kind.hpp>

#include "test_support.hpp"

using namespace offertracker;
using domain::classify_upload;
using domain::document_kind;

namespace {

const std::string pdf_bytes = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n";
const std::string doc_bytes = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
// A zip local file header followed by an entry name under word/.
const std::string docx_bytes = std::string("PK\x03\x04\x14\x00\x06\x00", 8) + std::string(22, '\0') +
                               "word/document.xml" + "<w:document/>";
// A zip that is not a Word document (an .xlsx has xl/ entries instead).
const std::string xlsx_bytes = std::string("PK\x03\x04\x14\x00\x06\x00", 8) + std::string(22, '\0') +
                               "xl/workbook.xml" + "<workbook/>";

constexpr const char* pdf_type = "application/pdf";
constexpr const char* doc_type = "application/msword";
constexpr const char* docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

}  // namespace

TEST_CASE("kind_from_filename: .pdf .doc .docx in any case", "[domain][upload]") {
    CHECK(domain::kind_from_filename("cv.pdf") == document_kind::pdf);
    CHECK(domain::kind_from_filename("CV.PDF") == document_kind::pdf);
    CHECK(domain::kind_from_filename("my.cv.Pdf") == document_kind::pdf);
    CHECK(domain::kind_from_filename("cv.doc") == document_kind::doc);
    CHECK(domain::kind_from_filename("cv.DOC") == document_kind::doc);
    CHECK(domain::kind_from_filename("cv.docx") == document_kind::docx);
    CHECK(domain::kind_from_filename("cv.DocX") == document_kind::docx);
    CHECK_FALSE(domain::kind_from_filename("cv.txt"));
    CHECK_FALSE(domain::kind_from_filename("cv.pdf.exe"));
    CHECK_FALSE(domain::kind_from_filename("cv"));
    CHECK_FALSE(domain::kind_from_filename(""));
    CHECK_FALSE(domain::kind_from_filename("pdf"));
    CHECK_FALSE(domain::kind_from_filename("cv.docm"));
    CHECK_FALSE(domain::kind_from_filename("cv.pd"));
}

TEST_CASE("kind_from_content_type: the three allowed types, parameters and case ignored", "[domain][upload]") {
    CHECK(domain::kind_from_content_type(pdf_type) == document_kind::pdf);
    CHECK(domain::kind_from_content_type("APPLICATION/PDF") == document_kind::pdf);
    CHECK(domain::kind_from_content_type("application/pdf; charset=binary") == document_kind::pdf);
    CHECK(domain::kind_from_content_type(" application/pdf ;name=cv.pdf") == document_kind::pdf);
    CHECK(domain::kind_from_content_type(doc_type) == document_kind::doc);
    CHECK(domain::kind_from_content_type(docx_type) == document_kind::docx);
    CHECK_FALSE(domain::kind_from_content_type("image/png"));
    CHECK_FALSE(domain::kind_from_content_type("text/plain"));
    CHECK_FALSE(domain::kind_from_content_type("application/octet-stream"));
    CHECK_FALSE(domain::kind_from_content_type(""));
    CHECK_FALSE(domain::kind_from_content_type("application/pdfx"));
}

TEST_CASE("kind_from_content: magic bytes", "[domain][upload]") {
    CHECK(domain::kind_from_content(pdf_bytes) == document_kind::pdf);
    CHECK(domain::kind_from_content("%PDF-") == document_kind::pdf);
    CHECK(domain::kind_from_content(doc_bytes) == document_kind::doc);
    CHECK(domain::kind_from_content(docx_bytes) == document_kind::docx);
    CHECK_FALSE(domain::kind_from_content(xlsx_bytes));                // zip without word/
    CHECK_FALSE(domain::kind_from_content(""));                        // empty
    CHECK_FALSE(domain::kind_from_content("%PDF"));                    // truncated signature
    CHECK_FALSE(domain::kind_from_content(" %PDF-1.7"));               // not at the start
    CHECK_FALSE(domain::kind_from_content("hello, world"));
    CHECK_FALSE(domain::kind_from_content(std::string("\xD0\xCF\x11\xE0", 4)));  // half an OLE header
    CHECK_FALSE(domain::kind_from_content("word/ but not a zip"));
    CHECK_FALSE(domain::kind_from_content("\x89PNG\r\n\x1A\n"));
}

TEST_CASE("content_type_of and extension_of", "[domain][upload]") {
    CHECK(domain::content_type_of(document_kind::pdf) == pdf_type);
    CHECK(domain::content_type_of(document_kind::doc) == doc_type);
    CHECK(domain::content_type_of(document_kind::docx) == docx_type);
    CHECK(domain::extension_of(document_kind::pdf) == ".pdf");
    CHECK(domain::extension_of(document_kind::doc) == ".doc");
    CHECK(domain::extension_of(document_kind::docx) == ".docx");
    // Each kind's own type and extension classify back to it.
    for (auto k : {document_kind::pdf, document_kind::doc, document_kind::docx}) {
        CHECK(domain::kind_from_content_type(domain::content_type_of(k)) == k);
        CHECK(domain::kind_from_filename("x" + std::string(domain::extension_of(k))) == k);
    }
}

TEST_CASE("classify_upload: name, declared type and content agree", "[domain][upload]") {
    CHECK(classify_upload("cv.pdf", pdf_type, pdf_bytes) == document_kind::pdf);
    CHECK(classify_upload("cv.doc", doc_type, doc_bytes) == document_kind::doc);
    CHECK(classify_upload("cv.docx", docx_type, docx_bytes) == document_kind::docx);
    CHECK(classify_upload("CV.PDF", "Application/PDF; charset=binary", pdf_bytes) == document_kind::pdf);
}

TEST_CASE("classify_upload: a generic or missing declared type is refused (docs/behaviour.md §13)", "[domain][upload]") {
    CHECK_FALSE(classify_upload("cv.pdf", "application/octet-stream", pdf_bytes));
    CHECK_FALSE(classify_upload("cv.docx", "", docx_bytes));
    CHECK_FALSE(classify_upload("cv.doc", "application/octet-stream; x=y", doc_bytes));
}

TEST_CASE("classify_upload: any disagreement is refused", "[domain][upload]") {
    SECTION("declared type contradicts") {
        CHECK_FALSE(classify_upload("cv.pdf", "image/png", pdf_bytes));
        CHECK_FALSE(classify_upload("cv.pdf", "text/plain", pdf_bytes));
        CHECK_FALSE(classify_upload("cv.pdf", doc_type, pdf_bytes));
        CHECK_FALSE(classify_upload("cv.docx", doc_type, docx_bytes));
    }
    SECTION("renamed file: content does not match the extension") {
        CHECK_FALSE(classify_upload("cv.docx", docx_type, pdf_bytes));  // PDF bytes named .docx
        CHECK_FALSE(classify_upload("cv.docx", "", pdf_bytes));
        CHECK_FALSE(classify_upload("cv.pdf", pdf_type, docx_bytes));
        CHECK_FALSE(classify_upload("cv.doc", doc_type, docx_bytes));
        CHECK_FALSE(classify_upload("cv.docx", docx_type, doc_bytes));
    }
    SECTION("not a Word zip") {
        CHECK_FALSE(classify_upload("cv.docx", docx_type, xlsx_bytes));
    }
    SECTION("no allowed extension") {
        CHECK_FALSE(classify_upload("cv.txt", pdf_type, pdf_bytes));
        CHECK_FALSE(classify_upload("cv", pdf_type, pdf_bytes));
        CHECK_FALSE(classify_upload("", pdf_type, pdf_bytes));
    }
    SECTION("empty content") {
        CHECK_FALSE(classify_upload("cv.pdf", pdf_type, ""));
        CHECK_FALSE(classify_upload("cv.docx", docx_type, ""));
    }
    SECTION("plain text pretending") {
        CHECK_FALSE(classify_upload("cv.pdf", pdf_type, "just some text"));
    }
}
