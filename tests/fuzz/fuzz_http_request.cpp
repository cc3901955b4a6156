// libFuzzer target: raw bytes of one connection -> Beast request parser -> router -> OfferTracker and web handlers,
// on in-memory adapters. "$TOKEN", "$APP", "$STAGE", "$COOKIE" and "$SESSION" in the input are replaced by the
// seeded user's token, ids, web cookie and practice session, so the corpus reaches authenticated handlers and
// existing records.
#include <cstddef>
#include <cstdint>
#include <string>

#include "harness/fuzz_app.hpp"

namespace {

void replace_all(std::string& text, std::string_view from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static offertracker::fuzz::fuzz_app app;
    app.reset();
    std::string bytes(reinterpret_cast<const char*>(data), size);
    replace_all(bytes, "$TOKEN", app.token());
    replace_all(bytes, "$APP", app.application_id());
    replace_all(bytes, "$STAGE", app.stage_id());
    replace_all(bytes, "$COOKIE", app.cookie());
    replace_all(bytes, "$SESSION", app.session_id());
    (void)app.handle_bytes(bytes);
    return 0;
}
