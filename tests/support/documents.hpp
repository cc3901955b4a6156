// Small documents built in memory for upload tests: a DOCX (with libzip) and a one-page PDF, as tests/extract
// builds them.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "zip_builder.hpp"

namespace offertracker::testing {

namespace documents_detail {

inline std::string xml_escaped(std::string_view s) {
    std::string out;
    for (const char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

inline std::string pdf_string(std::string_view s) {
    std::string out = "(";
    for (const char c : s) {
        if (c == '(' || c == ')' || c == '\\') out += '\\';
        out += c;
    }
    return out + ")";
}

}  // namespace documents_detail

// A DOCX whose body is one paragraph per entry.
inline std::string docx_of(const std::vector<std::string>& paragraphs) {
    std::string body;
    for (const auto& p : paragraphs)
        body += "<w:p><w:r><w:t xml:space=\"preserve\">" + documents_detail::xml_escaped(p) + "</w:t></w:r></w:p>";
    const std::string document =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
        body + "</w:body></w:document>";
    const std::string content_types =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
        R"(<Default Extension="xml" ContentType="application/xml"/>)"
        R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
        R"(</Types>)";
    return zip_of({{"[Content_Types].xml", content_types}, {"word/document.xml", document}});
}

// A one-page PDF (standard Helvetica, WinAnsi) with one text line per entry (ASCII).
inline std::string pdf_of(const std::vector<std::string>& lines) {
    std::string content = "BT /F1 11 Tf 14 TL 72 740 Td\n";
    for (const auto& line : lines) content += documents_detail::pdf_string(line) + " Tj T*\n";
    content += "ET\n";
    const std::vector<std::string> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
    };
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const auto offset : offsets) {
        char entry[32];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        out += entry;
    }
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return out;
}

}  // namespace offertracker::testing
