// Files in a map, with the same key checks the on-disk storage needs against path traversal.
#include <offertracker/adapters/memory/in_memory_file_storage.hpp>

#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::memory {
namespace {

bool key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
}

void check_key(std::string_view key) {
    std::size_t start = 0;
    while (true) {
        const auto end = key.find('/', start);
        const auto segment = key.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        bool ok = !segment.empty() && segment != "." && segment != "..";
        for (char c : segment) ok = ok && key_char(c);
        if (!ok) throw ports::storage_error("in-memory file storage: invalid key");
        if (end == std::string_view::npos) return;
        start = end + 1;
    }
}

}  // namespace

void in_memory_file_storage::put(std::string_view key, std::string_view content, std::string_view content_type) {
    check_key(key);
    std::lock_guard lock(mutex_);
    files_.insert_or_assign(std::string(key), ports::stored_file{std::string(content), std::string(content_type)});
}

std::optional<ports::stored_file> in_memory_file_storage::get(std::string_view key) {
    check_key(key);
    std::lock_guard lock(mutex_);
    auto it = files_.find(key);
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

void in_memory_file_storage::remove(std::string_view key) {
    check_key(key);
    std::lock_guard lock(mutex_);
    auto it = files_.find(key);
    if (it != files_.end()) files_.erase(it);
}

std::size_t in_memory_file_storage::size() const {
    std::lock_guard lock(mutex_);
    return files_.size();
}

}  // namespace offertracker::adapters::memory
