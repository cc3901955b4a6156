// Plain text: UTF-8 (a leading byte-order mark dropped) when the bytes are valid UTF-8, otherwise Latin-1 (read as
// Windows-1252, whose 0x80..0x9F are the quotes and dashes such files really hold). NUL bytes mean the file is not
// text (binary, or UTF-16, which is not read).
#include <string>

#include <offertracker/extract/text_extractor.hpp>
#include <offertracker/text/utf8.hpp>

#include "normalise.hpp"

namespace offertracker::extract {

ports::extraction_result extract_txt(std::string_view content, const ports::extraction_limits& limits) {
    using ports::extraction_error_kind;
    if (content.size() > limits.max_bytes)
        return detail::failure(extraction_error_kind::too_large,
                               "The file is larger than " + detail::size_words(limits.max_bytes) + ".");
    if (content.find('\0') != std::string_view::npos)
        return detail::failure(extraction_error_kind::type_mismatch,
                               "The file is not plain text (it holds NUL bytes); only UTF-8 and Latin-1 text is read.");
    if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
    if (text::is_valid_utf8(content)) return detail::finish(content, ports::text_format::txt, 0, limits);
    return detail::finish(detail::latin1_to_utf8(content), ports::text_format::txt, 0, limits);
}

}  // namespace offertracker::extract
