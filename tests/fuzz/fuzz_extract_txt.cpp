// libFuzzer target: TXT text extraction (adapters/extract). Input: the file's bytes, read by the TXT reader directly
// and through the dispatcher as a TXT upload (type agreement first). poppler, libzip and pugixml are not
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
    offertracker::fuzz::check_extraction(extract::extract_txt(content, limits), limits);
    offertracker::fuzz::check_extraction(extractor.extract(content, "text/plain", "cv.txt"), limits);
    return 0;
}
