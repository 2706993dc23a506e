"""Korean: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "관련 기사", "관련기사", "함께 보면 좋은 기사", "많이 본 뉴스", "추천 기사", "인기 기사", "더 보기",
    ),
    "source_markers": (
        "출처", "사진", "편집", "번역", "글",
    ),
    "picture_markers": (
        "사진",
    ),
    "copyright_phrases": (
        "무단 전재", "무단전재", "저작권자",
    ),
    "disclaimer_markers": (
        "특별 고지", "면책", "면책조항",
    ),
    "disclaimer_markers_edge": (
        "알림",
    ),
    "disclaimer_phrases": (
        "필자의 개인적", "본지의 편집방향과", "투자 권유",
    ),
    "bio_roles": (
        "기자", "저자", "작가", "칼럼니스트", "논설위원", "특파원",
    ),
    "bio_achievements": (
        "수상", "졸업",
    ),
    "bio_leads": (
        "저자 소개", "필자 소개", "기자 소개",
    ),
    "first_person_cjk": (
        "저는", "나는", "우리",
    ),
    "navigation_labels": (
        "태그", "키워드",
    ),
    "navigation_calls": (
        "공유하기", "구독하기", "팔로우",
    ),
    "ad_markers": (
        "광고", "협찬",
    ),
    "newsletter_prompts": (
        "구독", "구독하기", "팔로우", "앱 다운로드",
    ),
    "cookie_phrases": (
        "쿠키를 사용", "쿠키 정책",
    ),
    "comment_prompts": (
        "댓글", "댓글 쓰기",
    ),
    "published_labels": (
        "입력", "수정", "기사입력", "최종수정", "등록",
    ),
    "press_release_marks": (
        "보도자료",
    ),
    "media_contacts": (
        "언론 문의", "홍보 담당",
    ),
    "about_leads": (
        "소개",
    ),
    "editor_notes": (
        "편집자 주", "정정",
    ),
}
