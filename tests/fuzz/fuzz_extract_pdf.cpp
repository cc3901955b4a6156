// libFuzzer target: PDF text extraction (adapters/extract). Input: the file's bytes, read by the PDF reader directly
// and through the dispatcher as a PDF upload (type agreement first). poppler, libzip and pugixml are not
// instrumented (Debian's builds); the adapter around them is.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <offertracker/extract/text_extractor.hpp>

#include "extract/check_extraction.hpp"

namespace extract = offertracker::extract;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const extract::file_text_extractor extractor;
    const offertracker::ports::extraction_limits limits;
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    offertracker::fuzz::check_extraction(extract::extract_pdf(content, limits), limits);
    offertracker::fuzz::check_extraction(extractor.extract(content, "application/pdf", "cv.pdf"), limits);
    return 0;
}
