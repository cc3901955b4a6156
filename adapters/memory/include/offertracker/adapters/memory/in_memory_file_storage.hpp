// File storage kept in a map: for tests and embedders that do not want files on disk.
#pragma once

#include <map>
#include <mutex>
#include <string>

#include <offertracker/ports/file_storage.hpp>

namespace offertracker::adapters::memory {

// Thread-safe (one mutex). Rejects keys outside the port's grammar ([A-Za-z0-9._-] segments joined by
// '/', no empty, "." or ".." segment) with ports::storage_error, as the on-disk storage must, so a caller
// that builds bad keys fails in tests too.
class in_memory_file_storage final : public ports::file_storage {
public:
    void put(std::string_view key, std::string_view content, std::string_view content_type) override;
    std::optional<ports::stored_file> get(std::string_view key) override;
    void remove(std::string_view key) override;

    // How many files are stored (for assertions).
    std::size_t size() const;

private:
    mutable std::mutex mutex_;
    std::map<std::string, ports::stored_file, std::less<>> files_;
};

}  // namespace offertracker::adapters::memory
