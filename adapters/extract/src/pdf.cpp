// PDF text through poppler-cpp: a locked document is `encrypted`, more pages than the limit `too_many_pages`, a
// document poppler cannot open (or one without pages) `corrupt`, one without a text layer `no_text`. Pages are
// read in poppler's reading order (neither raw stream order nor the space-padded physical layout), one blank line
// between pages. A document encrypted only against editing (empty user password) opens and is read.
#include <climits>
#include <memory>
#include <mutex>
#include <string>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <offertracker/extract/text_extractor.hpp>

#include "normalise.hpp"

namespace offertracker::extract {
namespace {

using ports::extraction_error_kind;

// poppler reports every oddity of a damaged file on stderr; the caller gets the verdict instead.
void quiet_poppler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

}  // namespace

ports::extraction_result extract_pdf(std::string_view content, const ports::extraction_limits& limits) {
    if (content.size() > limits.max_bytes || content.size() > static_cast<std::size_t>(INT_MAX))
        return detail::failure(extraction_error_kind::too_large,
                               "The file is larger than " + detail::size_words(limits.max_bytes) + ".");
    quiet_poppler();
    // load_from_raw_data reads the caller's bytes in place; they outlive the document.
    const std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(content.data(), static_cast<int>(content.size())));
    if (!doc) return detail::failure(extraction_error_kind::corrupt, "The PDF is damaged and cannot be read.");
    if (doc->is_locked())
        return detail::failure(extraction_error_kind::encrypted,
                               "The PDF is protected by a password; upload an unprotected copy.");
    const int pages = doc->pages();
    if (pages <= 0) return detail::failure(extraction_error_kind::corrupt, "The PDF has no pages it can read.");
    if (static_cast<std::size_t>(pages) > limits.max_pages)
        return detail::failure(extraction_error_kind::too_many_pages,
                               "The PDF has " + std::to_string(pages) + " pages; at most " +
                                   std::to_string(limits.max_pages) + " are read.");
    // Each page is normalised on its own and the pages joined by a blank line, which is what normalising them all
    // at once gives; so a document past the text limit stops at the page that crosses it.
    std::string text;
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) return detail::failure(extraction_error_kind::corrupt, "The PDF has a page that cannot be read.");
        const poppler::byte_array utf8 =
            page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
        const auto page_text = detail::normalise_text(std::string_view(utf8.data(), utf8.size()), limits.max_text_bytes);
        if (page_text && !page_text->empty()) {
            if (!text.empty()) text += "\n\n";
            text += *page_text;
        }
        if (!page_text || text.size() > limits.max_text_bytes) return detail::too_much_text(limits);
    }
    return detail::finish(text, ports::text_format::pdf, static_cast<std::size_t>(pages), limits);
}

}  // namespace offertracker::extract
