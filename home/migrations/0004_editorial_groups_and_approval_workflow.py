"""The board's three groups and the "Duyệt tin bài" approval workflow.

Editors ("Biên tập viên") write, translate and submit; the board's leaders
("Lãnh đạo Ban") approve and publish; administrators ("Quản trị") may do everything. Page
permissions and the workflow sit on the tree root, so they cover the Vietnamese
and English home pages and every site, and survive a home page being rebuilt.
Running it twice changes nothing; reversing it removes the groups and the workflow
and gives the root back to Wagtail's default "Moderators approval" workflow.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Biên tập viên"
LEADERS = "Lãnh đạo Ban"
ADMINISTRATORS = "Quản trị"
WORKFLOW = "Duyệt tin bài"
TASK = "Lãnh đạo Ban duyệt"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    LEADERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ADMINISTRATORS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
}
# Actions on images and attachments, granted on the root collection.
COLLECTION_ACTIONS = {
    EDITORS: ["add", "change", "choose"],
    LEADERS: ["add", "change", "choose"],
    ADMINISTRATORS: ["add", "change", "choose", "delete"],
}


def _ensure_permissions(apps):
    """Permissions are normally created after all migrations; this one needs them
    now, on a fresh database too."""
    for app_config in apps.get_app_configs():
        original = getattr(app_config, "models_module", None)
        app_config.models_module = original or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = original


def _model_permissions(apps, model, actions):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type = ContentType.objects.get_for_model(model)
    return [
        permission
        for permission in Permission.objects.filter(content_type=content_type)
        if permission.codename.split("_", 1)[0] in actions
    ]


def create_editorial_setup(apps, schema_editor):
    _ensure_permissions(apps)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Image = apps.get_model("wagtailimages", "Image")
    # Wagtail checks the permissions of every document model, ours included, against
    # wagtaildocs.Document ("add_document" …); documents.DocumentFile's own are unused.
    Document = apps.get_model("wagtaildocs", "Document")

    root = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    # The admin itself, and wagtail-localize's "translate this page into English".
    editing = Permission.objects.filter(
        content_type__app_label__in=["wagtailadmin", "wagtail_localize"],
        codename__in=["access_admin", "submit_translation"],
    )
    groups = {}
    for name in (EDITORS, LEADERS, ADMINISTRATORS):
        group = Group.objects.get_or_create(name=name)[0]
        groups[name] = group
        if name == ADMINISTRATORS:
            # Every model permission: users, groups, sites, settings, snippets …
            group.permissions.add(*Permission.objects.all())
        else:
            group.permissions.add(*editing)
        if root is not None:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
        if root_collection is not None:
            for model in (Image, Document):
                for permission in _model_permissions(apps, model, COLLECTION_ACTIONS[name]):
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )

    task_type = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )[0]
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(groups[LEADERS])
    workflow = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})[0]
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root is not None:
        # One workflow per page: this one takes the root from Wagtail's default.
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def remove_editorial_setup(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    root = Page.objects.filter(depth=1).order_by("path").first()
    ours = Workflow.objects.filter(name=WORKFLOW)
    if root is not None and WorkflowPage.objects.filter(page=root, workflow__in=ours).exists():
        default = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).first()
        if default is None:
            WorkflowPage.objects.filter(page=root).delete()
        else:
            WorkflowPage.objects.filter(page=root).update(workflow=default)
    ours.delete()
    Task.objects.filter(name=TASK).delete()
    Group.objects.filter(name__in=[EDITORS, LEADERS, ADMINISTRATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_news_profiles_congress_events_clusters"),
        ("documents", "0001_official_documents_archive_and_attachments"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editorial_setup, remove_editorial_setup)]
