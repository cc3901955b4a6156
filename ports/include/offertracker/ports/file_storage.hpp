// Where uploaded files live (a local directory now; database blobs for multi-node later).
// Thread-safe. Blocking: call off I/O threads. Failures throw storage_error.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace offertracker::ports {

struct stored_file {
    std::string content;
    std::string content_type;
};

class file_storage {
public:
    virtual ~file_storage() = default;
    // Keys are relative paths of [A-Za-z0-9._-] segments joined by '/'; callers build them, never clients.
    // Replaces any file already under key.
    virtual void put(std::string_view key, std::string_view content, std::string_view content_type) = 0;
    virtual std::optional<stored_file> get(std::string_view key) = 0;
    // No-op when absent.
    virtual void remove(std::string_view key) = 0;
};

}  // namespace offertracker::ports
