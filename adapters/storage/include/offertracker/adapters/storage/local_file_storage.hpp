// Uploaded files as files under one root directory, behind ports::file_storage.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include <offertracker/ports/file_storage.hpp>

namespace offertracker::adapters::storage {

// Each key is a file at root/key holding a one-line header with the content type, then the content,
// so content and type are replaced together by one atomic rename. put() writes a temporary file in
// the same directory, fsyncs it, renames it over the old one and fsyncs the directory: a reader (in
// this or another process sharing the directory) sees the old file or the new one, never a mix.
//
// Keys: 1..max_key_size characters, relative, '/'-separated segments of [A-Za-z0-9._-] with at most
// max_segment_size characters, none empty, "." or "..". Any other key throws std::invalid_argument
// (a programming error: callers build keys, never clients). A content type must be printable ASCII
// of at most 255 characters, else std::invalid_argument.
// A key cannot also be the directory of another key ("a" and "a/b"): such a put throws storage_error,
// and get/remove treat the directory as absent.
//
// Uploads are private: directories it creates are 0700 and files 0600, whatever the umask.
//
// Thread-safe and safe across processes (no state beyond the root path). Blocking. I/O failures and
// unreadable files throw ports::storage_error.
class local_file_storage final : public ports::file_storage {
public:
    static constexpr std::size_t max_key_size = 1024;
    static constexpr std::size_t max_segment_size = 200;
    static constexpr std::size_t max_content_type_size = 255;

    // Creates root (and its parents, 0700) when missing. Throws ports::storage_error when it cannot.
    explicit local_file_storage(std::filesystem::path root);

    void put(std::string_view key, std::string_view content, std::string_view content_type) override;
    std::optional<ports::stored_file> get(std::string_view key) override;
    void remove(std::string_view key) override;

    const std::filesystem::path& root() const noexcept { return root_; }

private:
    std::filesystem::path path_of(std::string_view key) const;

    std::filesystem::path root_;
};

}  // namespace offertracker::adapters::storage
