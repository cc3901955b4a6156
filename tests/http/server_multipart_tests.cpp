// Unit tests for parse_multipart: well-formed bodies in their usual variants, and every malformed input we refuse.
#include <offertracker/http/multipart.hpp>

#include <catch2/catch.hpp>

using namespace offertracker::adapters::http;

namespace {

const std::string ct = "multipart/form-data; boundary=XyZ";

}  // namespace

TEST_CASE("parse_multipart reads fields and files", "[http][multipart]") {
    const std::string body =
        "--XyZ\r\n"
        "Content-Disposition: form-data; name=\"title\"\r\n"
        "\r\n"
        "Hello world\r\n"
        "--XyZ\r\n"
        "Content-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n"
        "Content-Type: application/pdf\r\n"
        "\r\n"
        "%PDF-1.4 data\r\n"
        "--XyZ--\r\n";
    const auto result = parse_multipart(ct, body);
    REQUIRE(result);
    REQUIRE(result.parts.size() == 2);
    CHECK(result.parts[0].name == "title");
    CHECK_FALSE(result.parts[0].filename);
    CHECK(result.parts[0].content_type == "text/plain");
    CHECK(result.parts[0].data == "Hello world");
    const auto* file = result.find("file");
    REQUIRE(file);
    CHECK(file->filename == std::optional<std::string>{"cv.pdf"});
    CHECK(file->content_type == "application/pdf");
    CHECK(file->data == "%PDF-1.4 data");
    CHECK(result.find("missing") == nullptr);
}

TEST_CASE("parse_multipart accepts quoted boundaries, unquoted params, preamble and epilogue", "[http][multipart]") {
    const std::string body =
        "This is the preamble.\r\n"
        "--a b;c\r\n"
        "content-disposition: form-data; name=field; filename=plain.txt\r\n"
        "\r\n"
        "v\r\n"
        "--a b;c--\r\n"
        "epilogue, ignored";
    const auto result = parse_multipart("Multipart/Form-Data; charset=utf-8; boundary=\"a b;c\"", body);
    REQUIRE(result);
    REQUIRE(result.parts.size() == 1);
    CHECK(result.parts[0].name == "field");
    CHECK(result.parts[0].filename == std::optional<std::string>{"plain.txt"});
    CHECK(result.parts[0].data == "v");
}

TEST_CASE("parse_multipart keeps binary data, including CR, LF, NUL and boundary look-alikes", "[http][multipart]") {
    std::string data = std::string("\x00\x01\xff\r\n--XyZa\r\n--XY", 16) + "\r\n\r\nend";
    const std::string body = "--XyZ\r\nContent-Disposition: form-data; name=\"bin\"; filename=\"b.bin\"\r\n"
                             "Content-Type: application/octet-stream\r\n\r\n" +
                             data + "\r\n--XyZ--";
    const auto result = parse_multipart(ct, body);
    REQUIRE(result);
    REQUIRE(result.parts.size() == 1);
    CHECK(result.parts[0].data == data);
}

TEST_CASE("parse_multipart handles empty values, filename* and escaped quotes", "[http][multipart]") {
    const std::string body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n"
        "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf\r\n\r\nx\r\n"
        "--XyZ\r\nContent-Disposition: form-data; name=\"q\\\"uote\"; filename=\"say \\\"hi\\\".txt\"\r\n\r\ny\r\n"
        "--XyZ--\r\n";
    const auto result = parse_multipart(ct, body);
    REQUIRE(result);
    REQUIRE(result.parts.size() == 3);
    CHECK(result.parts[0].data.empty());
    CHECK(result.parts[1].filename == std::optional<std::string>{"r\xc3\xa9sum\xc3\xa9.pdf"});
    CHECK(result.parts[2].name == "q\"uote");
    CHECK(result.parts[2].filename == std::optional<std::string>{"say \"hi\".txt"});
}

TEST_CASE("parse_multipart with only a closing delimiter has no parts", "[http][multipart]") {
    const auto result = parse_multipart(ct, "--XyZ--\r\n");
    REQUIRE(result);
    CHECK(result.parts.empty());
}

TEST_CASE("parse_multipart refuses malformed input", "[http][multipart]") {
    const std::string good_part = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n";
    SECTION("not multipart") { CHECK_FALSE(parse_multipart("application/json", "{}")); }
    SECTION("missing boundary") { CHECK_FALSE(parse_multipart("multipart/form-data", good_part + "--XyZ--")); }
    SECTION("empty boundary") { CHECK_FALSE(parse_multipart("multipart/form-data; boundary=", "----")); }
    SECTION("over-long boundary") {
        CHECK_FALSE(parse_multipart("multipart/form-data; boundary=" + std::string(300, 'b'), ""));
    }
    SECTION("unterminated quoted boundary") {
        CHECK_FALSE(parse_multipart("multipart/form-data; boundary=\"XyZ", good_part + "--XyZ--"));
    }
    SECTION("no opening delimiter") { CHECK_FALSE(parse_multipart(ct, "just some text")); }
    SECTION("no closing delimiter") { CHECK_FALSE(parse_multipart(ct, good_part)); }
    SECTION("truncated data") { CHECK_FALSE(parse_multipart(ct, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nabc")); }
    SECTION("header line without colon") {
        CHECK_FALSE(parse_multipart(ct, "--XyZ\r\nContent-Disposition form-data\r\n\r\nv\r\n--XyZ--"));
    }
    SECTION("headers never end") {
        CHECK_FALSE(parse_multipart(ct, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n" + std::string(9000, 'x')));
    }
    SECTION("part without a name") {
        CHECK_FALSE(parse_multipart(ct, "--XyZ\r\nContent-Disposition: form-data\r\n\r\nv\r\n--XyZ--"));
        CHECK_FALSE(parse_multipart(ct, "--XyZ\r\n\r\nv\r\n--XyZ--"));
    }
    SECTION("LF-only line endings") {
        CHECK_FALSE(parse_multipart(ct, "--XyZ\nContent-Disposition: form-data; name=a\n\nv\n--XyZ--"));
    }
    SECTION("error message is set") {
        const auto result = parse_multipart(ct, good_part);
        REQUIRE(result.error);
        CHECK_FALSE(result.error->empty());
        CHECK(result.parts.empty());
    }
}

TEST_CASE("parse_multipart caps the number of parts", "[http][multipart]") {
    std::string body;
    for (int i = 0; i < 11; ++i) body += "--XyZ\r\nContent-Disposition: form-data; name=\"p\"\r\n\r\nv\r\n";
    body += "--XyZ--\r\n";
    CHECK_FALSE(parse_multipart(ct, body, 10));
    const auto ok = parse_multipart(ct, body, 11);
    REQUIRE(ok);
    CHECK(ok.parts.size() == 11);
    // A body of nothing but delimiters cannot blow up either.
    std::string many;
    for (int i = 0; i < 100000; ++i) many += "--XyZ\r\n\r\n\r\n";
    CHECK_FALSE(parse_multipart(ct, many + "--XyZ--"));
}
