"""Vietnamese: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "đọc thêm", "có thể bạn quan tâm",
        "tin liên quan", "xem thêm",
    ),
    "source_markers": (
        "nguồn",
    ),
    "copyright_phrases": (
        "bản quyền",
    ),
    "ad_markers": (
        "quảng cáo",
    ),
    "newsletter_prompts": (
        "đăng ký", "theo dõi chúng tôi",
    ),
    "comment_prompts": (
        "bình luận",
    ),
    "published_labels": (
        "đăng lúc", "cập nhật",
    ),
    "press_release_marks": (
        "thông cáo báo chí",
    ),
    "editor_notes": (
        "ghi chú của biên tập viên", "đính chính",
    ),
}
