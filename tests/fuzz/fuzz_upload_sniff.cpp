// libFuzzer target: upload content sniffing (domain::classify_upload and its parts). Input: file name, a newline,
// declared content type, a newline, then the file's bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <offertracker/domain/document_kind.hpp>

namespace domain = offertracker::domain;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    auto next_line = [&input] {
        const auto newline = input.find('\n');
        const auto line = input.substr(0, newline);
        input = newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
        return line;
    };
    const auto filename = next_line();
    const auto content_type = next_line();
    const auto content = input;
    const auto by_content = domain::kind_from_content(content);
    (void)domain::kind_from_filename(filename);
    (void)domain::kind_from_content_type(content_type);
    const auto kind = domain::classify_upload(filename, content_type, content);
    // An accepted upload's content and name agree with the kind it was given.
    if (kind && by_content != kind) std::abort();
    if (kind && domain::kind_from_filename(filename) != kind) std::abort();
    if (kind && (domain::content_type_of(*kind).empty() || domain::extension_of(*kind).empty())) std::abort();
    return 0;
}
